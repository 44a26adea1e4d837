package nl.meesterschap.signals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Viewer;

/** The signals module's face to other modules (digests, search). Every method applies the access rules. */
public interface Signals {

	/** A signal the viewer may see. */
	Optional<SignalSummary> visible(UUID signalId, Viewer viewer);

	/** Signals the viewer may see that were adopted or answered since a moment, newest decision first. */
	List<SignalSummary> decidedSince(Instant since, Viewer viewer, int limit);

	/** Open signals (received or in consideration) the viewer may see that were raised since a moment, newest first. */
	List<SignalSummary> raisedSince(Instant since, Viewer viewer, int limit);

	/** What a search index stores of a signal; empty when it does not exist or a moderator hid it. */
	Optional<SignalDocument> document(UUID signalId);

	/**
	 * One page of the ids of signals a search index holds (all but hidden ones), in id order after {@code after}
	 * (null: from the start), for a rebuild.
	 */
	List<UUID> documentIds(@Nullable UUID after, int limit);

}

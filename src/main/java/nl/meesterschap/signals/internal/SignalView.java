package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.signals.SignalStatus;

/**
 * A signal as one reader sees it. {@code raiserName} is null when the signal is anonymous to this reader; the
 * evidence holds only what the reader may see, and the raiser's own stories of an anonymous signal are masked.
 */
public record SignalView(Signal signal, @Nullable String raiserName, @Nullable String raiserOrganisation,
		boolean mine, @Nullable String circleName, Organisation answering, List<PrincipleRef> principles,
		List<EvidenceView> evidence, Recognition recognition, List<Change> changes, boolean overdue,
		LocalDate firstResponseDue, boolean triager) {

	/** The organisation that answers: its name and the slug of its koers pages. */
	public record Organisation(UUID id, String name, String slug) {
	}

	/** A principle of the answering organisation's current koers; {@code title} is the code when it was dropped. */
	public record PrincipleRef(String code, String title, boolean current) {
	}

	/**
	 * A piece of evidence the reader may see. {@code id}, {@code title} and {@code url} are null when it is masked
	 * (the raiser's own story on an anonymous signal): then the page says only "een praktijkverhaal".
	 */
	public record EvidenceView(EvidenceKind kind, @Nullable UUID id, @Nullable String title, @Nullable String url,
			boolean withEndorsement) {

		public boolean masked() {
			return title == null;
		}

	}

	/** How widely the signal is recognised: by how many, spread over which teams and organisations. */
	public record Recognition(int count, List<Count> teams, List<Count> organisations, @Nullable UUID mine) {
	}

	/** A name with a number, e.g. "Wijkteam Zuid: 3". */
	public record Count(String name, int count) {
	}

	/** One step in the official answer loop. */
	public record Change(SignalStatus from, SignalStatus to, String response, String byName, @Nullable String byRole,
			Instant at, @Nullable Integer koersVersion, @Nullable String principleCode,
			@Nullable String principleTitle) {
	}

	/** A signal in a list. */
	public record Card(Signal signal, @Nullable String raiserName, @Nullable String circleName, int endorsements,
			int teams, int organisations, boolean overdue, LocalDate firstResponseDue, boolean mine) {
	}

}

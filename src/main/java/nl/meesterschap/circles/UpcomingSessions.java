package nl.meesterschap.circles;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Viewer;

/**
 * Planned sessions of learning circles, for lists outside the circles module (the digest's "Binnenkort in je
 * leerkringen"). A session is visible only to the active members of its circle, the same rule as
 * {@link nl.meesterschap.identity.Viewer#circleIds()}: {@link #visibleTo} applies it; the set-based methods leave it to
 * the caller, who must show a session only to a reader whose {@code circleIds()} contain its {@code circleId}.
 * Nothing confidential leaves the module: no case, notes, roles or meeting link, only when, where and which method.
 */
public interface UpcomingSessions {

	/** Planned sessions of the reader's circles that start in [{@code from}, {@code to}), soonest first. */
	List<UpcomingSession> visibleTo(Viewer viewer, Instant from, Instant to);

	/**
	 * Planned sessions of these circles that start in [{@code from}, {@code to}), soonest first, for a caller that
	 * filters per reader (a digest for many readers asks once for the circles of a whole batch of them).
	 */
	List<UpcomingSession> inCircles(Collection<UUID> circleIds, Instant from, Instant to);

	/** These sessions if they are still planned (not held or cancelled), in any order; the caller filters per reader. */
	List<UpcomingSession> planned(Collection<UUID> sessionIds);

	/**
	 * A planned session as others may list it to the circle's members: when, where (a place, or online), the circle and
	 * its network, the method, and the page that shows it ({@code /sessies/{id}}, relative to the application).
	 */
	record UpcomingSession(UUID sessionId, UUID circleId, String circleName, @Nullable UUID networkId,
			@Nullable String title, String methodName, Instant startsAt, Instant endsAt, @Nullable String place,
			boolean online, String url) {
	}

}

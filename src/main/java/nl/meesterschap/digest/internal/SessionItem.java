package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.UpcomingSessions.UpcomingSession;

/** A planned session of a circle; only the circle's members may see it. */
public record SessionItem(UUID id, UUID circleId, String circleName, @Nullable UUID networkId, @Nullable String title,
		String methodName, Instant startsAt, Instant endsAt, @Nullable String place, boolean online, String url) {

	static SessionItem of(UpcomingSession s) {
		return new SessionItem(s.sessionId(), s.circleId(), s.circleName(), s.networkId(), s.title(), s.methodName(),
				s.startsAt(), s.endsAt(), s.place(), s.online(), s.url());
	}

}

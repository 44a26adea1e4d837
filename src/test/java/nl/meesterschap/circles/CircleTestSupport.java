package nl.meesterschap.circles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.People;

/** Builds circles and sessions for tests: fresh ones per test, so tests never depend on each other. */
@Component("circlesTestSupport")
class CircleTestSupport {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final CircleService circles;

	private final SessionService sessions;

	private final People people;

	CircleTestSupport(CircleService circles, SessionService sessions, People people) {
		this.circles = circles;
		this.sessions = sessions;
		this.people = people;
	}

	UUID id(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	/** A circle started by {@code facilitator} in which the others accepted their invitation. */
	Circle circle(String name, Circle.Kind kind, String facilitator, String... members) {
		Circle circle = circles.create(id(facilitator), new CircleService.CircleInput(name, kind.name(), "Test", null));
		for (String member : members) {
			circles.invite(id(facilitator), circle.id(), id(member));
			circles.accept(id(member), circle.id(), true);
		}
		return circle;
	}

	/** A session of the method, starting {@code daysFromNow} days from today at 14:00 for {@code minutes}. */
	Session plan(Circle circle, String facilitator, String method, int daysFromNow, int minutes) {
		Instant start = at(daysFromNow, "14:00");
		return sessions.plan(id(facilitator), circle.id(), new SessionService.SessionInput(method, start,
				start.plus(Duration.ofMinutes(minutes)), "Wijkcentrum De Schakel", null, null));
	}

	static Instant at(int daysFromNow, String time) {
		return ZonedDateTime.of(LocalDate.now(ZONE).plusDays(daysFromNow), LocalTime.parse(time), ZONE).toInstant();
	}

}

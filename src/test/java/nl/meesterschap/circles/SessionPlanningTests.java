package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/** Planning sessions: clear refusals for bad plans, and every visible change announced with a higher SEQUENCE. */
@IntegrationTest
@RecordApplicationEvents
class SessionPlanningTests {

	@Autowired
	SessionService sessions;

	@Autowired
	CircleTestSupport support;

	@Autowired
	ApplicationEvents events;

	@Test
	void planning_announces_the_session_to_every_member() {
		Circle circle = support.circle("Kring plannen", Circle.Kind.INTERVISION, "gert", "anouk", "bram");
		Session session = support.plan(circle, "gert", "INCIDENT", 10, 90);
		assertThat(session.roles().facilitatorId()).isEqualTo(support.id("gert"));
		assertThat(session.reflectionKind()).isEqualTo(ReflectionKind.INTERVISION);
		assertThat(events.stream(SessionScheduled.class).filter(e -> e.sessionId().equals(session.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.attendeeIds()).containsExactlyInAnyOrder(support.id("gert"), support.id("anouk"), support.id("bram"));
				assertThat(e.sequence()).isZero();
				assertThat(e.circleName()).isEqualTo("Kring plannen");
			});
	}

	@Test
	void an_overlapping_session_of_the_same_circle_is_refused_with_the_time_of_the_other() {
		Circle circle = support.circle("Kring overlap", Circle.Kind.INTERVISION, "gert", "anouk");
		support.plan(circle, "gert", "INCIDENT", 12, 90);
		Instant start = CircleTestSupport.at(12, "15:00");
		assertThatThrownBy(() -> sessions.plan(support.id("gert"), circle.id(),
				new SessionService.SessionInput("FIVE_STEP", start, start.plus(Duration.ofHours(1)), "Zaal 1", null, null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(violations(e)).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("startsAt");
				assertThat(v.code()).isEqualTo("session.overlap");
				assertThat(v.args()[0].toString()).endsWith("14:00–15:30");
			}));
		Instant after = CircleTestSupport.at(12, "15:30");
		sessions.plan(support.id("gert"), circle.id(),
				new SessionService.SessionInput("FIVE_STEP", after, after.plus(Duration.ofHours(1)), "Zaal 1", null, null));
		Circle other = support.circle("Andere kring", Circle.Kind.INTERVISION, "gert", "anouk");
		support.plan(other, "gert", "INCIDENT", 12, 90);
	}

	@Test
	void a_method_for_fewer_people_than_the_circle_has_is_refused() {
		Circle circle = support.circle("Grote kring", Circle.Kind.INTERVISION, "gert", "anouk", "bram", "chantal", "dewi",
				"emre", "fleur", "hanneke", "ilse");
		assertThatThrownBy(() -> support.plan(circle, "gert", "BALINT", 14, 90))
			.satisfies(e -> assertThat(violations(e)).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("method");
				assertThat(v.code()).isEqualTo("session.method.too-many");
				assertThat(v.args()).containsExactly(8, 9);
			}));
	}

	@Test
	void times_place_and_link_are_checked_all_at_once() {
		Circle circle = support.circle("Kring invoer", Circle.Kind.INTERVISION, "gert", "anouk");
		Instant start = CircleTestSupport.at(15, "14:00");
		assertThatThrownBy(() -> sessions.plan(support.id("gert"), circle.id(),
				new SessionService.SessionInput("ONBEKEND", start, start.minus(Duration.ofMinutes(30)), " ", "ftp://x", null)))
			.satisfies(e -> assertThat(violations(e)).extracting(Violation::code)
				.containsExactlyInAnyOrder("session.method.unknown", "session.when.end-before-start",
						"session.online-url.invalid"));
		assertThatThrownBy(() -> sessions.plan(support.id("gert"), circle.id(),
				new SessionService.SessionInput("INCIDENT", start, start.plus(Duration.ofHours(9)), null, null, null)))
			.satisfies(e -> assertThat(violations(e)).extracting(Violation::code)
				.containsExactlyInAnyOrder("session.when.too-long", "session.where.required"));
		Session online = sessions.plan(support.id("gert"), circle.id(), new SessionService.SessionInput("incident", start,
				start.plus(Duration.ofHours(1)), null, "https://meet.example/kring", null));
		assertThat(online.onlineUrl()).isEqualTo("https://meet.example/kring");
	}

	@Test
	void only_facilitators_plan_and_a_case_bringer_must_be_a_member() {
		Circle circle = support.circle("Kring rollen", Circle.Kind.INTERVISION, "gert", "anouk", "bram");
		assertThatThrownBy(() -> support.plan(circle, "anouk", "INCIDENT", 16, 90)).isInstanceOf(ApiProblemException.class);
		Session session = support.plan(circle, "gert", "INCIDENT", 16, 90);
		assertThatThrownBy(() -> sessions.assignRoles(support.id("gert"), session.id(),
				new Session.Roles(support.id("gert"), null, null, support.id("mirjam"))))
			.satisfies(e -> assertThat(violations(e)).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("caseBringerId");
				assertThat(v.code()).isEqualTo("session.role.not-member");
			}));
		assertThatThrownBy(() -> sessions.assignRoles(support.id("anouk"), session.id(),
				new Session.Roles(support.id("anouk"), null, null, null))).isInstanceOf(ApiProblemException.class);
		Session assigned = sessions.assignRoles(support.id("gert"), session.id(),
				new Session.Roles(support.id("gert"), support.id("bram"), null, support.id("anouk")));
		assertThat(assigned.roles().caseBringerId()).isEqualTo(support.id("anouk"));
		assertThat(assigned.sequence()).as("roles other than the facilitator are not in the invitation").isZero();
	}

	@Test
	void a_visible_change_raises_the_sequence_and_is_announced_and_cancelling_too() {
		Circle circle = support.circle("Kring wijzigen", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", 17, 90);
		Instant later = session.startsAt().plus(Duration.ofHours(1));
		Session moved = sessions.update(support.id("gert"), session.id(), new SessionService.SessionInput("INCIDENT", later,
				later.plus(Duration.ofMinutes(90)), "Wijkcentrum De Schakel", null, null));
		assertThat(moved.sequence()).isEqualTo(1);
		Session same = sessions.update(support.id("gert"), session.id(), new SessionService.SessionInput("INCIDENT", later,
				later.plus(Duration.ofMinutes(90)), "Wijkcentrum De Schakel", null, null));
		assertThat(same.sequence()).as("nothing visible changed").isEqualTo(1);
		Session cancelled = sessions.cancel(support.id("gert"), session.id());
		assertThat(cancelled.sequence()).isEqualTo(2);
		assertThat(cancelled.status()).isEqualTo(Session.Status.CANCELLED);
		List<SessionChanged> changes = events.stream(SessionChanged.class).filter(e -> e.sessionId().equals(session.id())).toList();
		assertThat(changes).extracting(SessionChanged::sequence).containsExactly(1, 2);
		assertThat(changes).extracting(SessionChanged::cancelled).containsExactly(false, true);
		assertThat(changes.get(0).startsAt()).isEqualTo(later);
		assertThatThrownBy(() -> sessions.update(support.id("gert"), session.id(), new SessionService.SessionInput("INCIDENT",
				later, later.plus(Duration.ofMinutes(90)), "Elders", null, null)))
			.isInstanceOf(ApiProblemException.class)
			.hasMessageContaining("session.closed");
		support.plan(circle, "gert", "INCIDENT", 17, 90);
	}

	private static List<Violation> violations(Throwable e) {
		assertThat(e).isInstanceOf(InvalidInputException.class);
		return ((InvalidInputException) e).violations();
	}

}

package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.AttendanceService.AttendanceInput;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * The facilitator confirms who attended and for how long; closing needs that attendance and gives each participant
 * a reflection activity, which counts for registration only from 60 net minutes.
 */
@IntegrationTest
@RecordApplicationEvents
class AttendanceTests {

	@Autowired
	AttendanceService attendance;

	@Autowired
	CircleService circles;

	@Autowired
	CircleTestSupport support;

	@Autowired
	ApplicationEvents events;

	@Test
	void closing_without_attendance_is_refused_and_nothing_changes() {
		Circle circle = support.circle("Kring zonder presentie", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", -1, 90);
		assertThatThrownBy(() -> attendance.close(support.id("gert"), session.id()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("session.close.attendance-required");
		attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION,
				List.of(new AttendanceInput(support.id("anouk"), false, null, null)));
		assertThatThrownBy(() -> attendance.close(support.id("gert"), session.id()))
			.hasMessageContaining("session.close.attendance-required");
		assertThat(events.stream(SessionAttended.class)).noneMatch(e -> e.sessionId().equals(session.id()));
	}

	@Test
	void only_an_hour_or_more_counts_for_registration_and_each_participant_gets_an_event() {
		Circle circle = support.circle("Kring uren", Circle.Kind.INTERVISION, "gert", "anouk", "bram", "olaf");
		Session session = support.plan(circle, "gert", "INCIDENT", -2, 90);
		attendance.record(support.id("gert"), session.id(), ReflectionKind.COLLEGIAL_CONSULTATION, List.of(
				new AttendanceInput(support.id("gert"), true, null, null),
				new AttendanceInput(support.id("anouk"), true, 60, SessionRole.CASE_BRINGER),
				new AttendanceInput(support.id("bram"), true, 59, null),
				new AttendanceInput(support.id("olaf"), false, null, null)));
		Session closed = attendance.close(support.id("gert"), session.id());
		assertThat(closed.status()).isEqualTo(Session.Status.HELD);
		List<SessionAttended> attended = events.stream(SessionAttended.class)
			.filter(e -> e.sessionId().equals(session.id()))
			.toList();
		assertThat(attended).hasSize(3).allSatisfy(e -> {
			assertThat(e.circleId()).isEqualTo(circle.id());
			assertThat(e.kind()).isEqualTo(ReflectionKind.COLLEGIAL_CONSULTATION);
			assertThat(e.heldAt()).isEqualTo(session.startsAt());
		});
		assertThat(attended).filteredOn(e -> e.personId().equals(support.id("gert"))).singleElement()
			.satisfies(e -> {
				assertThat(e.netMinutes()).isEqualTo(90);
				assertThat(e.role()).isEqualTo(SessionRole.FACILITATOR);
				assertThat(e.countsForRegistration()).isTrue();
			});
		assertThat(attended).filteredOn(e -> e.personId().equals(support.id("anouk"))).singleElement()
			.satisfies(e -> assertThat(e.countsForRegistration()).as("exactly an hour").isTrue());
		assertThat(attended).filteredOn(e -> e.personId().equals(support.id("bram"))).singleElement()
			.satisfies(e -> {
				assertThat(e.countsForRegistration()).isFalse();
				assertThat(e.role()).isEqualTo(SessionRole.PARTICIPANT);
			});
		assertThatThrownBy(() -> attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION,
				List.of(new AttendanceInput(support.id("gert"), true, null, null))))
			.isInstanceOf(ApiProblemException.class)
			.hasMessageContaining("session.closed");
	}

	@Test
	void a_short_session_never_counts() {
		Circle circle = support.circle("Kring kort", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "FIVE_STEP", -3, 50);
		attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION,
				List.of(new AttendanceInput(support.id("anouk"), true, null, null)));
		attendance.close(support.id("gert"), session.id());
		assertThat(events.stream(SessionAttended.class).filter(e -> e.sessionId().equals(session.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.netMinutes()).isEqualTo(50);
				assertThat(e.countsForRegistration()).isFalse();
			});
	}

	@Test
	void attendance_lists_members_once_within_the_session_length_and_the_methods_group_size() {
		Circle circle = support.circle("Kring fouten", Circle.Kind.INTERVISION, "gert", "anouk", "bram", "chantal", "dewi",
				"emre", "fleur", "hanneke");
		Session session = support.plan(circle, "gert", "INCIDENT", -4, 90);
		assertThatThrownBy(() -> attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION, List.of(
				new AttendanceInput(support.id("anouk"), true, 91, null),
				new AttendanceInput(support.id("anouk"), true, 30, null),
				new AttendanceInput(support.id("mirjam"), true, 30, null))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations())
				.extracting(v -> v.field() + " " + v.code())
				.containsExactly("attendees[0].netMinutes session.attendance.minutes-range",
						"attendees[1].personId session.attendance.twice", "attendees[2].personId session.role.not-member"));
		circles.invite(support.id("gert"), circle.id(), support.id("ilse"));
		circles.accept(support.id("ilse"), circle.id(), true);
		List<AttendanceInput> everyone = circles.activeMemberIds(circle.id()).stream()
			.map(id -> new AttendanceInput(id, true, null, null))
			.toList();
		assertThat(everyone).hasSize(9);
		assertThatThrownBy(() -> attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION, everyone))
			.hasMessageContaining("session.attendance.too-many");
		assertThatThrownBy(() -> attendance.record(support.id("anouk"), session.id(), ReflectionKind.INTERVISION,
				everyone.subList(0, 3))).isInstanceOf(ApiProblemException.class);
	}

	@Test
	void a_session_that_has_not_started_cannot_be_closed() {
		Circle circle = support.circle("Kring toekomst", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", 5, 90);
		attendance.record(support.id("gert"), session.id(), ReflectionKind.INTERVISION,
				List.of(new AttendanceInput(support.id("anouk"), true, null, null)));
		assertThatThrownBy(() -> attendance.close(support.id("gert"), session.id()))
			.hasMessageContaining("session.close.too-early");
	}

}

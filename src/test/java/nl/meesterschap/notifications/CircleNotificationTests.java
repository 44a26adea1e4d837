package nl.meesterschap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.circles.ActionAssigned;
import nl.meesterschap.circles.CircleInvitationSent;
import nl.meesterschap.circles.SessionChanged;
import nl.meesterschap.circles.SessionScheduled;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.notifications.internal.SessionReminders;

/**
 * Learning circles as the circles module announces them: invitations, planned, changed and cancelled sessions,
 * actions, and the reminder the day before (from this module's own record of planned sessions).
 */
@IntegrationTest
class CircleNotificationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SessionReminders reminders;

	@Autowired
	TestClock clock;

	@Autowired
	NotificationFixture fixture;

	@Test
	void an_invitation_names_who_invited_and_the_circle() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID circle = UUID.randomUUID();
		publish(new CircleInvitationSent(circle, "Intervisie Noord", sara, fixture.id("gert"), Instant.now()));
		NotificationReader.View invitation = fixture.awaitNotifications(sara, 1).get(0);
		assertThat(invitation.text()).isEqualTo("Gert Mulder nodigde je uit voor de leerkring ‘Intervisie Noord’");
		assertThat(invitation.url()).isEqualTo("/leerkringen/" + circle + "/uitnodiging");
	}

	@Test
	void a_planned_changed_and_cancelled_session_reaches_every_attendee_but_the_planner() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID session = UUID.randomUUID();
		UUID circle = UUID.randomUUID();
		Instant start = Instant.parse("2027-03-02T13:00:00Z");
		publish(new SessionScheduled(session, circle, "Moreel beraad Zuid", start, start.plus(Duration.ofHours(2)), tom,
				List.of(sara, tom), 0));
		assertThat(fixture.awaitNotifications(sara, 1).get(0).text())
			.isEqualTo("Tom Verbeek plande een sessie van ‘Moreel beraad Zuid’ op dinsdag 2 maart 2027, 14:00");
		Instant later = start.plus(Duration.ofDays(1));
		publish(new SessionChanged(session, circle, "Moreel beraad Zuid", later, later.plus(Duration.ofHours(2)), tom,
				List.of(sara, tom), 1, false));
		assertThat(fixture.awaitNotifications(sara, 2).get(0).text())
			.isEqualTo("Tom Verbeek wijzigde de sessie van ‘Moreel beraad Zuid’; die is op woensdag 3 maart 2027, 14:00");
		publish(new SessionChanged(session, circle, "Moreel beraad Zuid", later, later.plus(Duration.ofHours(2)), tom,
				List.of(sara, tom), 2, true));
		assertThat(fixture.awaitNotifications(sara, 3).get(0).text())
			.isEqualTo("Tom Verbeek zegde de sessie van ‘Moreel beraad Zuid’ op woensdag 3 maart 2027, 14:00 af");
		fixture.awaitListeners(session);
		assertThat(fixture.notifications(tom)).isEmpty();
		assertThat(fixture.notifications(sara)).extracting(NotificationReader.View::url).containsOnly("/sessies/" + session);
	}

	@Test
	void a_session_that_already_began_is_announced_to_nobody() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID session = UUID.randomUUID();
		Instant past = clock.instant().minus(Duration.ofDays(2));
		publish(new SessionScheduled(session, UUID.randomUUID(), "Al geweest", past, past.plus(Duration.ofHours(1)),
				fixture.id("gert"), List.of(sara), 0));
		fixture.awaitListeners(session);
		assertThat(fixture.notifications(sara)).isEmpty();
	}

	@Test
	void an_action_shows_its_text_and_due_date_to_its_owner() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID session = UUID.randomUUID();
		publish(new ActionAssigned(UUID.randomUUID(), session, UUID.randomUUID(), sara, "Bel de huisarts terug",
				LocalDate.of(2027, 4, 1), fixture.id("gert")));
		assertThat(fixture.awaitNotifications(sara, 1).get(0).text())
			.startsWith("Gert Mulder zette een afspraak op jouw naam in ‘")
			.endsWith("’, klaar op 1 april 2027: Bel de huisarts terug");
	}

	@Test
	void attendees_are_reminded_once_the_day_before_and_again_only_when_the_time_changes() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID session = UUID.randomUUID();
		UUID circle = UUID.randomUUID();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant start = now.plus(Duration.ofDays(3));
		publish(new SessionScheduled(session, circle, "Intervisie Oost", start, start.plus(Duration.ofHours(1)), tom,
				List.of(sara, tom), 0));
		fixture.awaitNotifications(sara, 1);

		reminders.remindAt(start.minus(Duration.ofHours(30)));
		assertThat(fixture.notifications(sara)).as("not yet").hasSize(1);
		reminders.remindAt(start.minus(Duration.ofHours(20)));
		assertThat(fixture.notifications(sara)).hasSize(2);
		assertThat(fixture.notifications(sara).get(0).kind()).isEqualTo(NotificationKind.SESSION_REMINDER);
		assertThat(fixture.notifications(sara).get(0).text()).startsWith("Herinnering: de sessie van ‘Intervisie Oost’ is ");
		assertThat(fixture.notifications(tom)).as("the planner is reminded too").hasSize(1);
		reminders.remindAt(start.minus(Duration.ofHours(10)));
		assertThat(fixture.notifications(sara)).as("once").hasSize(2);

		Instant moved = start.plus(Duration.ofDays(2));
		publish(new SessionChanged(session, circle, "Intervisie Oost", moved, moved.plus(Duration.ofHours(1)), tom,
				List.of(sara, tom), 1, false));
		fixture.awaitNotifications(sara, 3);
		reminders.remindAt(moved.minus(Duration.ofHours(20)));
		assertThat(fixture.notifications(sara)).hasSize(4);
	}

	@Test
	void a_cancelled_session_or_one_planned_less_than_a_day_ahead_gets_no_reminder() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID soon = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofHours(5));
		publish(new SessionScheduled(soon, UUID.randomUUID(), "Snel", start, start.plus(Duration.ofHours(1)), tom,
				List.of(sara), 0));
		UUID cancelled = UUID.randomUUID();
		Instant later = clock.instant().plus(Duration.ofDays(4));
		publish(new SessionScheduled(cancelled, UUID.randomUUID(), "Afgezegd", later, later.plus(Duration.ofHours(1)),
				tom, List.of(sara), 0));
		publish(new SessionChanged(cancelled, UUID.randomUUID(), "Afgezegd", later, later.plus(Duration.ofHours(1)), tom,
				List.of(sara), 1, true));
		fixture.awaitNotifications(sara, 3);
		reminders.remindAt(start.minus(Duration.ofHours(2)));
		reminders.remindAt(later.minus(Duration.ofHours(2)));
		assertThat(fixture.notifications(sara)).extracting(NotificationReader.View::kind)
			.doesNotContain(NotificationKind.SESSION_REMINDER);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

}

package nl.meesterschap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.AnswerService;
import nl.meesterschap.signals.internal.EndorsementService;
import nl.meesterschap.signals.internal.OverdueReminder;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.StatusCommand;

/**
 * Whoever raised or recognised a signal hears when the policy side moves it on, in words that name who answered;
 * the policy side of the answering organisation hears once when a signal waits too long for an answer.
 */
@IntegrationTest
class SignalNotificationTests {

	@Autowired
	NotificationReader reader;

	@Autowired
	SignalService signals;

	@Autowired
	EndorsementService endorsements;

	@Autowired
	AnswerService answers;

	@Autowired
	OverdueReminder overdue;

	@Autowired
	TestClock clock;

	@Autowired
	ModerationService moderation;

	@Autowired
	NotificationFixture fixture;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void a_new_status_notifies_the_raiser_and_everyone_who_recognised_the_signal_and_names_who_answered() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID anna = fixture.newPerson("Anna Smit");
		Signal signal = signals.raise(sara, command("Brieven over terugvorderen schrikken af"));
		endorsements.endorse(tom, signal.id(), List.of());
		UUID ilse = fixture.id("ilse");

		answers.change(ilse, signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.IN_CONSIDERATION,
				"We kijken met Werk en Inkomen naar de brief.", null, null));

		for (UUID person : List.of(sara, tom)) {
			assertThat(fixture.awaitNotifications(person, 1)).singleElement().satisfies(n -> {
				assertThat(n.kind()).isEqualTo(NotificationKind.SIGNAL_STATUS);
				assertThat(n.text()).isEqualTo(
						"Ilse van den Berg nam het signaal ‘Brieven over terugvorderen schrikken af’ in behandeling");
				assertThat(n.url()).isEqualTo("/signalen/" + signal.id() + "#antwoord");
			});
		}

		answers.change(ilse, signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.IN_CONSIDERATION,
				"De nieuwe brief is bijna klaar.", null, null));
		assertThat(fixture.awaitNotifications(sara, 2).get(0).text())
			.isEqualTo("Ilse van den Berg schreef een tussenbericht bij het signaal ‘Brieven over terugvorderen schrikken af’");
		answers.change(ilse, signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.ANSWERED,
				"De brief is herschreven met ervaringsdeskundigen.", null, null));
		assertThat(fixture.awaitNotifications(tom, 3).get(0).text())
			.isEqualTo("Ilse van den Berg beantwoordde het signaal ‘Brieven over terugvorderen schrikken af’");

		fixture.awaitListeners(signal.id());
		assertThat(fixture.notifications(sara)).hasSize(3);
		assertThat(fixture.notifications(anna)).as("neither raised nor recognised it").isEmpty();
		assertThat(fixture.notifications(ilse)).as("not about her own answer")
			.noneMatch(n -> n.kind() == NotificationKind.SIGNAL_STATUS && n.url().contains(signal.id().toString()));
	}

	@Test
	void a_person_who_switched_signal_news_off_hears_nothing() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.SIGNAL_STATUS, nl.meesterschap.notifications.internal.Channel.OFF);
		Signal signal = signals.raise(sara, command("Wachten op een gesprek met de schuldhulp"));

		answers.change(fixture.id("ilse"), signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.ANSWERED,
				"De wachttijd is nu twee weken; dat staat op de website.", null, null));

		fixture.awaitListeners(signal.id());
		assertThat(fixture.notifications(sara)).isEmpty();
	}

	@Test
	void a_signal_a_moderator_hid_no_longer_shows_its_title_until_it_is_restored() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		Signal signal = signals.raise(sara, command("Een signaal dat even verdwijnt"));
		answers.change(fixture.id("ilse"), signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.ANSWERED,
				"Dit is ons antwoord op het signaal.", null, null));
		fixture.awaitNotifications(sara, 1);

		moderation.hide(fixture.id("jeroen"), "signal", signal.id(), "Dit hoort niet bij beleid.");
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> fixture.notifications(sara).get(0).url() == null);
		assertThat(fixture.notifications(sara).get(0).text())
			.isEqualTo("Waar deze melding over ging, is niet meer te zien.");

		moderation.restore(fixture.id("jeroen"), "signal", signal.id(), "Toch relevant.");
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> fixture.notifications(sara).get(0).url() != null);
		assertThat(fixture.notifications(sara).get(0).text())
			.isEqualTo("Ilse van den Berg beantwoordde het signaal ‘Een signaal dat even verdwijnt’");
	}

	@Test
	void an_overdue_signal_reminds_the_policy_side_of_the_answering_organisation_once() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		Signal signal = signals.raise(sara, command("Geen plek bij de dagbesteding"));

		clock.advance(Duration.ofDays(20));
		overdue.remind();
		overdue.remind();

		for (String policySide : List.of("ilse", "gert", "hanneke")) {
			UUID person = fixture.id(policySide);
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> !about(person, signal).isEmpty());
			assertThat(about(person, signal)).singleElement().satisfies(n -> {
				assertThat(n.kind()).isEqualTo(NotificationKind.SIGNAL_OVERDUE);
				assertThat(n.text()).isEqualTo("Het signaal ‘Geen plek bij de dagbesteding’ wacht te lang op een antwoord");
				assertThat(n.url()).isEqualTo("/signalen/" + signal.id());
			});
		}
		fixture.awaitListeners(signal.id());
		assertThat(fixture.notifications(sara)).as("the raiser is no policy side").isEmpty();
		assertThat(about(fixture.id("bram"), signal)).as("a professional is no policy side").isEmpty();
	}

	private List<NotificationReader.View> about(UUID personId, Signal signal) {
		return reader.page(personId, false, 0, 200, NotificationFixture.DUTCH).items().stream()
			.filter(n -> n.url().contains(signal.id().toString()))
			.toList();
	}

	private static RaiseCommand command(String title) {
		return new RaiseCommand(UUID.randomUUID(), title,
				"Mensen schrikken van een brief over terugvorderen en zeggen daarna werk af. Kan dat anders?",
				SignalKind.RULE_PINCHES, List.of(Domain.PARTICIPATIE), List.of("P10", "P11"), List.of(), null, null,
				null, false);
	}

}

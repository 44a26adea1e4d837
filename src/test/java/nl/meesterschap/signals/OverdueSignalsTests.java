package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.id;
import static nl.meesterschap.signals.SignalFixture.raise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.identity.People;
import nl.meesterschap.signals.internal.AnswerService;
import nl.meesterschap.signals.internal.Deadlines;
import nl.meesterschap.signals.internal.OverdueReminder;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalAccess;
import nl.meesterschap.signals.internal.SignalQuery;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.StatusCommand;

/** Without a first response within ten working days a signal is overdue on read, and reminded about once. */
@IntegrationTest
@RecordApplicationEvents
class OverdueSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	AnswerService answers;

	@Autowired
	SignalReader reader;

	@Autowired
	SignalAccess access;

	@Autowired
	Deadlines deadlines;

	@Autowired
	OverdueReminder reminder;

	@Autowired
	TestClock clock;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void a_signal_is_overdue_after_its_due_day_and_no_longer_once_answered() {
		Signal signal = raise(signals, people, "emre", "Te laat beantwoord");
		assertThat(deadlines.firstResponseWithin()).isEqualTo(10);
		assertThat(deadlines.overdue(signal)).isFalse();
		assertThat(deadlines.workingDays().between(deadlines.today(), deadlines.firstResponseDue(signal.raisedAt())))
			.isEqualTo(10);

		clock.advance(Duration.ofDays(20));
		assertThat(deadlines.overdue(signal)).isTrue();
		assertThat(ids(reader.page(overdueQuery(), people.viewer(id(people, "ilse"))))).contains(signal.id());
		assertThat(reader.view(signal.id(), people.viewer(id(people, "emre"))).overdue()).isTrue();

		Signal answered = answers.change(id(people, "ilse"), signal.id(), new StatusCommand(UUID.randomUUID(),
				SignalStatus.IN_CONSIDERATION, "Sorry voor het late antwoord; we pakken het op.", null, null));
		assertThat(deadlines.overdue(answered)).isFalse();
		assertThat(ids(reader.page(overdueQuery(), people.viewer(id(people, "ilse"))))).doesNotContain(signal.id());
	}

	@Test
	void the_policy_side_is_reminded_once_per_overdue_signal() {
		Signal signal = raise(signals, people, "fleur", "Herinnering bij te laat");
		reminder.remind();
		assertThat(events.stream(SignalOverdue.class).filter(e -> e.signalId().equals(signal.id()))).isEmpty();

		clock.advance(Duration.ofDays(16));
		reminder.remind();
		reminder.remind();
		assertThat(events.stream(SignalOverdue.class).filter(e -> e.signalId().equals(signal.id()))).singleElement()
			.satisfies(e -> {
				assertThat(e.organisationId()).isEqualTo(signal.answeringOrganisationId());
				assertThat(e.firstResponseDue()).isEqualTo(deadlines.firstResponseDue(signal.raisedAt()));
				assertThat(e.title()).isEqualTo("Herinnering bij te laat");
			});
	}

	private SignalQuery overdueQuery() {
		return SignalQuery.visibleTo(access.reader(people.viewer(id(people, "ilse"))), 0, 100)
			.overdueOnly(deadlines.overdueCutoff());
	}

	private static List<UUID> ids(SignalReader.Page page) {
		return page.cards().stream().map(c -> c.signal().id()).toList();
	}

}

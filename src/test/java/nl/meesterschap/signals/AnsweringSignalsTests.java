package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.id;
import static nl.meesterschap.signals.SignalFixture.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.signals.internal.AnswerService;
import nl.meesterschap.signals.internal.EndorsementService;
import nl.meesterschap.signals.internal.PrivacyRefusedException;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.SignalView;
import nl.meesterschap.signals.internal.StatusCommand;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** The answer loop: who may move a signal on, which moves are allowed, and what every move must carry. */
@IntegrationTest
@RecordApplicationEvents
class AnsweringSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	AnswerService answers;

	@Autowired
	EndorsementService endorsements;

	@Autowired
	SignalReader reader;

	@Autowired
	Koersen koersen;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void received_in_consideration_adopted_with_the_koers_version_and_principle() {
		Signal signal = raise(signals, people, "anouk", "Brieven over terugvorderen zijn onleesbaar");
		endorsements.endorse(id(people, "bram"), signal.id(), List.of());
		Signal considered = answers.change(id(people, "ilse"), signal.id(),
				status(SignalStatus.IN_CONSIDERATION, "We kijken ernaar met de afdeling die de brieven schrijft."));
		assertThat(considered.status()).isEqualTo(SignalStatus.IN_CONSIDERATION);
		assertThat(considered.firstResponseAt()).isNotNull();
		assertThat(considered.decidedAt()).isNull();
		int version = current().version();
		Signal adopted = answers.change(id(people, "ilse"), signal.id(), new StatusCommand(UUID.randomUUID(),
				SignalStatus.ADOPTED, "P11 vraagt nu om begrijpelijke brieven.", version, "p11"));
		assertThat(adopted.status()).isEqualTo(SignalStatus.ADOPTED);
		assertThat(adopted.adoptedVersion()).isEqualTo(version);
		assertThat(adopted.adoptedPrinciple()).isEqualTo("P11");
		assertThat(adopted.decidedAt()).isNotNull();
		assertThat(adopted.firstResponseAt()).isEqualTo(considered.firstResponseAt());

		SignalView view = reader.view(signal.id(), people.viewer(id(people, "anouk")));
		assertThat(view.changes()).extracting(SignalView.Change::to)
			.containsExactly(SignalStatus.IN_CONSIDERATION, SignalStatus.ADOPTED);
		assertThat(view.changes().get(1).byName()).isEqualTo("Ilse van den Berg");
		assertThat(view.changes().get(1).principleTitle()).isEqualTo("Uitgaan van vertrouwen");
		assertThat(events.stream(SignalStatusChanged.class)).hasSize(2).last().satisfies(e -> {
			assertThat(e.status()).isEqualTo(SignalStatus.ADOPTED);
			assertThat(e.previousStatus()).isEqualTo(SignalStatus.IN_CONSIDERATION);
			assertThat(e.response()).isEqualTo("P11 vraagt nu om begrijpelijke brieven.");
			assertThat(e.raiserId()).isEqualTo(id(people, "anouk"));
			assertThat(e.endorserIds()).containsExactly(id(people, "bram"));
			assertThat(e.koersVersion()).isEqualTo(version);
			assertThat(e.principleCode()).isEqualTo("P11");
		});
	}

	@Test
	void adopted_is_final_and_a_decision_may_be_reconsidered() {
		Signal signal = raise(signals, people, "chantal", "Een besluit dat terugkomt");
		answers.change(id(people, "gert"), signal.id(), status(SignalStatus.NOT_ADOPTED, "Past niet binnen de wet."));
		Signal again = answers.change(id(people, "hanneke"), signal.id(),
				status(SignalStatus.IN_CONSIDERATION, "Nieuwe feiten: we kijken opnieuw."));
		assertThat(again.decidedAt()).isNull();
		answers.change(id(people, "ilse"), signal.id(),
				status(SignalStatus.IN_CONSIDERATION, "Tussenbericht: we spreken de wethouder volgende week."));
		answers.change(id(people, "ilse"), signal.id(), new StatusCommand(UUID.randomUUID(), SignalStatus.ADOPTED,
				"Overgenomen.", current().version(), "P5"));
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				status(SignalStatus.IN_CONSIDERATION, "Toch niet?")))
			.isInstanceOfSatisfying(ApiProblemException.class, e -> {
				assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(e.getReason()).isEqualTo("signals.status.transition");
			});
	}

	@Test
	void every_move_needs_a_response_and_an_adoption_needs_a_published_version_and_its_principle() {
		Signal signal = raise(signals, people, "bram", "Zonder antwoord geen besluit");
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(), status(SignalStatus.ANSWERED, "  ")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("response:signals.status.response.required"));
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				new StatusCommand(UUID.randomUUID(), SignalStatus.ADOPTED, "Overgenomen.", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field())
				.containsExactly("koersVersion", "principle"));
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				new StatusCommand(UUID.randomUUID(), SignalStatus.ADOPTED, "Overgenomen.", 999, "P1")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.code())
				.containsExactly("signals.status.version.unknown"));
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				new StatusCommand(UUID.randomUUID(), SignalStatus.ADOPTED, "Overgenomen.", 1, "P11")))
			.as("P11 came with version 2")
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.code())
				.containsExactly("signals.status.principle.unknown"));
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				status(SignalStatus.RECEIVED, "Terug naar af.")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> answers.change(id(people, "ilse"), signal.id(),
				status(SignalStatus.ANSWERED, "Zijn BSN is 123456782.")))
			.isInstanceOf(PrivacyRefusedException.class);
		assertThat(reader.view(signal.id(), people.viewer(id(people, "bram"))).changes()).isEmpty();
	}

	@Test
	void only_the_answering_organisations_policy_side_may_move_a_signal() {
		Signal signal = raise(signals, people, "anouk", "Wie mag antwoorden?");
		assertThatThrownBy(() -> answers.change(id(people, "bram"), signal.id(),
				status(SignalStatus.ANSWERED, "Ik ben het ermee eens.")))
			.as("a colleague who can see it")
			.isInstanceOfSatisfying(ApiProblemException.class,
					e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> answers.change(id(people, "jeroen"), signal.id(),
				status(SignalStatus.ANSWERED, "Als moderator.")))
			.as("a moderator is no policy side")
			.isInstanceOfSatisfying(ApiProblemException.class,
					e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> answers.change(id(people, "mirjam"), signal.id(),
				status(SignalStatus.ANSWERED, "Van een partner.")))
			.as("someone of another organisation who cannot see it")
			.isInstanceOf(ItemNotFoundException.class);
		assertThat(answers.change(id(people, "hanneke"), signal.id(),
				status(SignalStatus.ANSWERED, "Een teamleider mag antwoorden.")).status())
			.isEqualTo(SignalStatus.ANSWERED);
	}

	private KoersVersion current() {
		return koersen.current(people.organisationBySlug("lindewaarde").orElseThrow().id()).orElseThrow();
	}

	private static StatusCommand status(SignalStatus status, String response) {
		return new StatusCommand(UUID.randomUUID(), status, response, null, null);
	}

}

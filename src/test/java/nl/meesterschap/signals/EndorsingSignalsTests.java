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
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.internal.EndorsementService;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.SignalView;
import nl.meesterschap.web.ApiProblemException;

/** "Ik herken dit": once per colleague, not one's own, with the spread over teams and organisations. */
@IntegrationTest
@RecordApplicationEvents
class EndorsingSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	EndorsementService endorsements;

	@Autowired
	SignalReader reader;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void colleagues_recognise_a_signal_and_the_spread_shows_how_widespread_it_is() {
		Signal signal = signals.raise(id(people, "anouk"), SignalFixture.withAudience(
				SignalFixture.command("Wachten op de huisarts", List.of(), false),
				nl.meesterschap.identity.AudienceKind.NETWORK, null));
		endorsements.endorse(id(people, "bram"), signal.id(), List.of());
		endorsements.endorse(id(people, "gert"), signal.id(), List.of());
		UUID story = SignalFixture.story(stories, people, "mirjam", Audience.platform(), "Ook bij ons in de jeugdhulp");
		endorsements.endorse(id(people, "mirjam"), signal.id(), List.of(EvidenceRef.story(story)));

		SignalView view = reader.view(signal.id(), people.viewer(id(people, "anouk")));
		assertThat(view.recognition().count()).isEqualTo(3);
		assertThat(view.recognition().teams()).extracting(c -> c.name() + ":" + c.count())
			.containsExactly("Wijkteam Noord:2", "Jeugd- en gezinsteam:1");
		assertThat(view.recognition().organisations()).extracting(c -> c.name() + ":" + c.count())
			.containsExactly("Gemeente Lindewaarde:2", "Jeugdhulp De Linde:1");
		assertThat(view.evidence()).singleElement().satisfies(e -> {
			assertThat(e.title()).isEqualTo("Ook bij ons in de jeugdhulp");
			assertThat(e.withEndorsement()).isTrue();
		});
		assertThat(events.stream(SignalEndorsed.class)).extracting(SignalEndorsed::endorsements).containsExactly(1, 2, 3);
	}

	@Test
	void endorsing_twice_or_ones_own_signal_is_refused_with_a_clear_reason() {
		Signal signal = raise(signals, people, "dewi", "Twee keer herkennen");
		endorsements.endorse(id(people, "jeroen"), signal.id(), List.of());
		assertThatThrownBy(() -> endorsements.endorse(id(people, "jeroen"), signal.id(), List.of()))
			.isInstanceOfSatisfying(ApiProblemException.class, e -> {
				assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(e.getReason()).isEqualTo("signals.endorse.twice");
			});
		assertThatThrownBy(() -> endorsements.endorse(id(people, "dewi"), signal.id(), List.of()))
			.isInstanceOfSatisfying(ApiProblemException.class, e -> {
				assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(e.getReason()).isEqualTo("signals.endorse.own");
			});
	}

	@Test
	void an_endorsement_is_withdrawn_by_its_owner_only_with_its_evidence() {
		Signal signal = raise(signals, people, "fleur", "Herkenning intrekken");
		UUID story = SignalFixture.story(stories, people, "emre", Audience.platform(), "Mijn bewijs om in te trekken");
		UUID endorsement = endorsements.endorse(id(people, "emre"), signal.id(), List.of(EvidenceRef.story(story)));
		assertThatThrownBy(() -> endorsements.withdraw(id(people, "chantal"), signal.id(), endorsement))
			.isInstanceOfSatisfying(ApiProblemException.class,
					e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
		endorsements.withdraw(id(people, "emre"), signal.id(), endorsement);
		SignalView view = reader.view(signal.id(), people.viewer(id(people, "emre")));
		assertThat(view.recognition().count()).isZero();
		assertThat(view.recognition().mine()).isNull();
		assertThat(view.evidence()).isEmpty();
		endorsements.endorse(id(people, "emre"), signal.id(), List.of());
	}

}

package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.command;
import static nl.meesterschap.signals.SignalFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.signals.internal.EvidenceKind;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.PrivacyRefusedException;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** Raising a signal: where it goes, who sees it, the rules and the privacy guard. */
@IntegrationTest
@RecordApplicationEvents
class RaisingSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	SignalLookup lookup;

	@Autowired
	SignalReader reader;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	nl.meesterschap.circles.SharedSummaries sharedSummaries;

	@Autowired
	PrivacyGuard guard;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_signal_goes_to_the_organisation_of_the_koers_and_is_announced() {
		Signal signal = signals.raise(id(people, "emre"), command("Uitleg bij terugvorderen ontbreekt", List.of(), false));
		UUID lindewaarde = people.organisationBySlug("lindewaarde").orElseThrow().id();
		assertThat(signal.status()).isEqualTo(SignalStatus.RECEIVED);
		assertThat(signal.answeringOrganisationId()).isEqualTo(lindewaarde);
		assertThat(signal.audience()).isEqualTo(Audience.organisation(lindewaarde));
		assertThat(signal.principles()).containsExactly("P10", "P11");
		assertThat(events.stream(SignalRaised.class)).singleElement().satisfies(e -> {
			assertThat(e.signalId()).isEqualTo(signal.id());
			assertThat(e.organisationId()).isEqualTo(lindewaarde);
			assertThat(e.raiserId()).isEqualTo(id(people, "emre"));
			assertThat(e.anonymous()).isFalse();
		});
	}

	@Test
	void a_partner_professional_signals_the_municipality_through_the_network() {
		Signal signal = signals.raise(id(people, "olaf"), command("Buurthuis sluit om vijf uur", List.of(), false));
		assertThat(people.organisation(signal.answeringOrganisationId()).orElseThrow().slug()).isEqualTo("lindewaarde");
		assertThat(signal.audience().kind()).isEqualTo(AudienceKind.NETWORK);
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "anouk")))).as("in the network").isPresent();
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "ilse")))).as("answers it").isPresent();
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "dewi")))).as("outside the network").isEmpty();
		assertThatThrownBy(() -> lookup.visible(signal.id(), people.viewer(id(people, "dewi"))))
			.isInstanceOf(ItemNotFoundException.class);
	}

	@Test
	void title_description_and_kind_are_required_and_principles_come_from_the_koers() {
		RaiseCommand empty = new RaiseCommand(UUID.randomUUID(), " ", "", null, List.of(), List.of("P99"), List.of(),
				null, null, null, false);
		assertThatThrownBy(() -> signals.raise(id(people, "bram"), empty)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.code())
					.containsExactlyInAnyOrder("title:signals.raise.title.required",
							"description:signals.raise.description.required", "kind:signals.raise.kind.required",
							"principles:signals.raise.principle.unknown"));
	}

	@Test
	void a_learning_circle_summary_shared_with_the_raiser_is_evidence_for_those_it_was_shared_with() {
		var chantal = people.viewer(id(people, "chantal"));
		var summary = sharedSummaries.sharedWith(chantal, 20).stream()
			.filter(s -> s.circleName().equals("Intervisie Netwerk Noord"))
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> signals.raise(id(people, "dewi"),
				command("Met een samenvatting die ik niet mag zien", List.of(EvidenceRef.session(summary.sessionId())), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("evidence:signals.evidence.session-not-visible"));
		Signal signal = signals.raise(id(people, "chantal"),
				command("Wat de intervisie in Noord opleverde", List.of(EvidenceRef.session(summary.sessionId())), false));
		assertThat(reader.view(signal, chantal).evidence()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EvidenceKind.SESSION);
			assertThat(e.title()).startsWith("Intervisie Netwerk Noord · ");
			assertThat(e.url()).isEqualTo(summary.url());
		});
		assertThat(reader.view(signal, people.viewer(id(people, "dewi"))).evidence())
			.as("dewi sees the signal of her organisation, not the summary shared with Netwerk Noord")
			.isEmpty();
	}

	@Test
	void evidence_must_be_a_published_story_the_raiser_may_read() {
		UUID zuid = people.teamsOf(id(people, "dewi")).get(0).id();
		UUID teamStory = SignalFixture.story(stories, people, "dewi", Audience.team(zuid), "Alleen voor team Zuid");
		assertThatThrownBy(() -> signals.raise(id(people, "anouk"),
				command("Met een verhaal dat ik niet mag zien", List.of(EvidenceRef.story(teamStory)), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("evidence:signals.evidence.not-visible"));
		assertThatThrownBy(() -> signals.raise(id(people, "anouk"), command("Met een sessie",
				List.of(new EvidenceRef(EvidenceKind.SESSION, UUID.randomUUID())), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.code())
				.containsExactly("signals.evidence.session-not-visible"));
		Signal signal = signals.raise(id(people, "hanneke"),
				command("Met een verhaal van mijn team", List.of(EvidenceRef.story(teamStory)), false));
		assertThat(reader.view(signal, people.viewer(id(people, "hanneke"))).evidence()).singleElement()
			.satisfies(e -> assertThat(e.title()).isEqualTo("Alleen voor team Zuid"));
		assertThat(reader.view(signal, people.viewer(id(people, "anouk"))).evidence())
			.as("each reader sees only the evidence they may see, and no count of the rest").isEmpty();
	}

	@Test
	void only_the_raisers_own_circles_networks_and_organisation() {
		RaiseCommand circle = new RaiseCommand(UUID.randomUUID(), "Namens een vreemde kring", "Tekst.",
				SignalKind.OTHER, List.of(), List.of(), List.of(), UUID.randomUUID(), null, null, false);
		assertThatThrownBy(() -> signals.raise(id(people, "bram"), circle)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
					.containsExactly("circleId"));
		RaiseCommand network = SignalFixture.withAudience(command("Naar een vreemd netwerk", List.of(), false),
				AudienceKind.NETWORK, UUID.randomUUID());
		assertThatThrownBy(() -> signals.raise(id(people, "dewi"), network)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
					.containsExactly("audience"));
		RaiseCommand platform = SignalFixture.withAudience(command("Naar iedereen", List.of(), false),
				AudienceKind.PLATFORM, null);
		assertThatThrownBy(() -> signals.raise(id(people, "dewi"), platform))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void personal_data_blocks_a_signal_until_replaced_or_waived_and_a_bsn_always() {
		RaiseCommand withBsn = new RaiseCommand(UUID.randomUUID(), "Een BSN in de tekst",
				"Het BSN 123456782 stond gewoon in de brief.", SignalKind.RULE_PINCHES, List.of(), List.of(), List.of(),
				null, null, null, false);
		assertThatThrownBy(() -> signals.raise(id(people, "bram"), withBsn)).isInstanceOfSatisfying(
				PrivacyRefusedException.class, e -> assertThat(e.findings()).singleElement()
					.satisfies(f -> assertThat(f.finding().type()).isEqualTo(FindingType.BSN)));
		RaiseCommand withName = new RaiseCommand(UUID.randomUUID(), "Wachten op de Pieterbrug",
				"Meneer Jansen wacht al weken op een antwoord.", SignalKind.WAITING_LIST, List.of(), List.of(),
				List.of(), null, null, null, false);
		PrivacyRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(PrivacyRefusedException.class,
				() -> signals.raise(id(people, "bram"), withName));
		refused.findings().forEach(f -> guard.waive(id(people, "bram"), people.viewer(id(people, "bram")).organisationId(),
				SignalService.privacySubject(withName.draftId()), f.finding().type(), f.finding().text()));
		assertThat(signals.raise(id(people, "bram"), withName).id()).isEqualTo(withName.draftId());
	}

	@Test
	void posting_the_same_draft_twice_raises_one_signal() {
		RaiseCommand once = command("Dubbel geklikt", List.of(), false);
		Signal first = signals.raise(id(people, "chantal"), once);
		Signal second = signals.raise(id(people, "chantal"), once);
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(events.stream(SignalRaised.class)).hasSize(1);
	}

}

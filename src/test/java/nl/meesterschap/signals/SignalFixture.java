package nl.meesterschap.signals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.PrincipleLink;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalService;

/** Stories to cite and signals to answer, made through the modules' own services by demo people. */
final class SignalFixture {

	private SignalFixture() {
	}

	static UUID id(People people, String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	/** A published STARR story with clean Dutch text. */
	static UUID story(StoryService stories, People people, String author, Audience audience, String title) {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", "Een gezin kreeg een brief over een terugvordering en begreep niet waarom.");
		steps.put("task", "Ik wilde uitzoeken wat er misging en het gezin rust geven.");
		steps.put("action", "Ik heb met het team Werk en Inkomen gebeld en samen de brief uitgelegd.");
		steps.put("result", "Het bedrag bleek lager, en er kwam een betalingsregeling.");
		steps.put("reflection", "Een regel die niemand begrijpt, werkt niet. Dat wil ik aan beleid laten weten.");
		UUID lindewaarde = people.organisationBySlug("lindewaarde").orElseThrow().id();
		return stories.create(id(people, author), "STARR", new StoryContent(title, List.of(Domain.PARTICIPATIE),
				List.of("terugvordering"), steps, List.of(new PrincipleLink(lindewaarde, "P11", null)), false, null,
				audience), true).id();
	}

	/** A clean command; tests change what they need. */
	static RaiseCommand command(String title, List<EvidenceRef> evidence, boolean anonymous) {
		return new RaiseCommand(UUID.randomUUID(), title,
				"Mensen schrikken van een brief over terugvorderen en zeggen daarna werk af. Kan dat anders?",
				SignalKind.RULE_PINCHES, List.of(Domain.PARTICIPATIE), List.of("P10", "P11"), evidence, null, null,
				null, anonymous);
	}

	static Signal raise(SignalService signals, People people, String raiser, String title) {
		return signals.raise(id(people, raiser), command(title, List.of(), false));
	}

	static RaiseCommand withAudience(RaiseCommand c, AudienceKind kind, UUID scope) {
		return new RaiseCommand(c.draftId(), c.title(), c.description(), c.kind(), c.domains(), c.principles(),
				c.evidence(), c.circleId(), kind, scope, c.anonymous());
	}

}

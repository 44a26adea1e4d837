package nl.meesterschap.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;

/** Published stories to talk about, written by demo people. */
final class ConversationFixture {

	private ConversationFixture() {
	}

	static UUID story(StoryService stories, People people, String author, Audience audience, String title) {
		UUID authorId = people.personByUsername(author).orElseThrow().id();
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", "Een gezin met drie kinderen vroeg om hulp bij de opvoeding.");
		steps.put("moralQuestion", "Ga ik mee in hun wens om het klein te houden, of schakel ik meer hulp in?");
		steps.put("optionA", "Klein houden en vertrouwen op hun eigen kracht.");
		steps.put("harmA", "Als het misgaat, ben ik te laat.");
		steps.put("optionB", "Meer hulp inschakelen.");
		steps.put("harmB", "Het gezin voelt zich niet serieus genomen.");
		steps.put("values", "Eigen regie tegenover veiligheid.");
		steps.put("choice", "Ik koos voor klein houden met een vaste afspraak over hoe we evalueren.");
		return stories.create(authorId, "DILEMMA", new StoryContent(title, List.of(Domain.JEUGD), List.of(), steps,
				List.of(), false, null, audience), true).id();
	}

	static UUID id(People people, String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

}

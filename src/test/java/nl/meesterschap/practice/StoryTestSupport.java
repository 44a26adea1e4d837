package nl.meesterschap.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.PrincipleLink;
import nl.meesterschap.practice.internal.StoryContent;

/** Story content for tests: a STARR story with clean Dutch text unless told otherwise. */
final class StoryTestSupport {

	private StoryTestSupport() {
	}

	static StoryContent starr(String title, Audience audience, String situation) {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", situation);
		steps.put("task", "Ik wilde de cliënt helpen het overzicht terug te krijgen zonder het over te nemen.");
		steps.put("action", "Ik heb samen met de cliënt de post doorgenomen en een plan gemaakt voor de komende week.");
		steps.put("result", "De cliënt voelde zich gehoord en de eerste betalingsregeling staat.");
		steps.put("reflection", "Ik leerde dat rust brengen soms belangrijker is dan snel oplossen.");
		return new StoryContent(title, List.of(Domain.WMO), List.of("schulden"), steps,
				List.of(new PrincipleLink(new UUID(0, 0), "P2", "Ik koos voor de lichtste vorm van hulp.")), false, null,
				audience);
	}

}

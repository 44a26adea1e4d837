package nl.meesterschap.conversation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A "wat zou jij doen?" round as one reader sees it: before answering only the question and options; after
 * answering (or for the story's author) the spread of choices, the answers and the choice the author made.
 */
public record DilemmaView(UUID id, String question, List<String> options, boolean mine, boolean answered,
		@Nullable Integer viewerChoice, boolean revealed, List<Integer> spread, List<Answer> answers,
		@Nullable Integer ownerChoice, @Nullable String ownerReasoning, boolean closed) {

	public int total() {
		return spread.stream().mapToInt(Integer::intValue).sum();
	}

	/** Share of one option in whole percent. */
	public int percent(int option) {
		return total() == 0 ? 0 : Math.round(100f * spread.get(option) / total());
	}

	/** One colleague's choice and reasoning. */
	public record Answer(String name, int choice, String reasoning) {
	}

}

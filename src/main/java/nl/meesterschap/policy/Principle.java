package nl.meesterschap.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One principle of a koers version, such as "P2 Zo licht als mogelijk, zo zwaar als nodig". The code is unique
 * within a version and stays the same across versions, so a story or signal can refer to it.
 */
public record Principle(String code, String title, @Nullable Domain domain, String explanation, String inPractice,
		List<String> examples) {

	public Principle {
		examples = List.copyOf(examples);
	}

}

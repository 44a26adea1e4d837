package nl.meesterschap.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a search result is: a practice story, a response (or reply) on a story or signal, a koers principle, a signal
 * from practice to policy, a summary a learning circle shared outside itself.
 */
public enum ItemType {

	STORY, RESPONSE, PRINCIPLE, SIGNAL, SUMMARY;

	/**
	 * The name in the index and the API: {@code story}, {@code response}, {@code principle}, {@code signal},
	 * {@code summary}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ItemType> ofCode(String code) {
		return Arrays.stream(values()).filter(type -> type.code().equalsIgnoreCase(code.strip())).findFirst();
	}

}

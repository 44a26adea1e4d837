package nl.meesterschap.learning.portfolio;

import java.util.Locale;
import java.util.Map;

/** A text from the data files in Dutch and English; Dutch when the language has no text. */
public record Localized(Map<String, String> texts) {

	public Localized {
		texts = Map.copyOf(texts);
	}

	public String in(Locale locale) {
		return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("nl", ""));
	}

}

package nl.meesterschap.practice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reflection model as data: its steps, each with a title and Dutch (and English) guiding questions. Loaded
 * from {@code practice/reflection-models.json}.
 */
public record ReflectionModel(String code, List<String> aliases, Map<String, String> name,
		Map<String, String> description, List<Step> steps) {

	public String name(Locale locale) {
		return localized(name, locale);
	}

	public String description(Locale locale) {
		return localized(description, locale);
	}

	public List<String> stepKeys() {
		return steps.stream().map(Step::key).toList();
	}

	public Optional<Step> step(String key) {
		return steps.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	public int indexOf(String key) {
		return stepKeys().indexOf(key);
	}

	static String localized(Map<String, String> texts, Locale locale) {
		return texts.getOrDefault(locale.getLanguage(), texts.get("nl"));
	}

	/** One step of a model. */
	public record Step(String key, Map<String, String> title, Map<String, List<String>> questions) {

		public String title(Locale locale) {
			return localized(title, locale);
		}

		public List<String> questions(Locale locale) {
			return questions.getOrDefault(locale.getLanguage(), questions.get("nl"));
		}

	}

}

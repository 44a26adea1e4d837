package nl.meesterschap.practice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.policy.Domain;

/**
 * What the author writes and chooses: everything of a story except who, when and its state. Also the shape of
 * revisions and of the autosaved working copy.
 */
public record StoryContent(String title, List<Domain> domains, List<String> tags, Map<String, String> steps,
		List<PrincipleLink> principles, boolean discretionUsed, @Nullable String discretionNote, Audience audience) {

	public StoryContent {
		domains = List.copyOf(domains);
		tags = List.copyOf(tags);
		steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
		principles = List.copyOf(principles);
	}

	/** The texts that leave a private draft when shared, by field name, for the privacy guard. */
	public Map<String, String> sharedTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", title);
		steps.forEach((key, text) -> texts.put("steps." + key, text));
		if (discretionNote != null) {
			texts.put("discretionNote", discretionNote);
		}
		principles.forEach(p -> {
			if (p.note() != null) {
				texts.put("principles." + p.code(), p.note());
			}
		});
		if (!tags.isEmpty()) {
			texts.put("tags", String.join(", ", tags));
		}
		return texts;
	}

	public StoryContent withAudience(Audience newAudience) {
		return new StoryContent(title, domains, tags, steps, principles, discretionUsed, discretionNote, newAudience);
	}

	/** The same content with one field's text replaced (a privacy replacement). */
	public StoryContent withText(String field, String text) {
		if (field.equals("title")) {
			return new StoryContent(text, domains, tags, steps, principles, discretionUsed, discretionNote, audience);
		}
		if (field.equals("discretionNote")) {
			return new StoryContent(title, domains, tags, steps, principles, discretionUsed, text, audience);
		}
		if (field.startsWith("steps.")) {
			Map<String, String> changed = new LinkedHashMap<>(steps);
			changed.replace(field.substring("steps.".length()), text);
			return new StoryContent(title, domains, tags, changed, principles, discretionUsed, discretionNote, audience);
		}
		if (field.startsWith("principles.")) {
			String code = field.substring("principles.".length());
			List<PrincipleLink> changed = principles.stream()
				.map(p -> p.code().equals(code) ? new PrincipleLink(p.koersOrganisationId(), p.code(), text) : p)
				.toList();
			return new StoryContent(title, domains, tags, steps, changed, discretionUsed, discretionNote, audience);
		}
		if (field.equals("tags")) {
			List<String> changed = java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
			return new StoryContent(title, domains, changed, steps, principles, discretionUsed, discretionNote, audience);
		}
		throw new IllegalArgumentException("Unknown field " + field);
	}

	public @Nullable String text(String field) {
		return sharedTexts().get(field);
	}

}

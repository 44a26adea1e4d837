package nl.meesterschap.practice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * What a story must look like. A draft may be incomplete but never oversized or pointing at things the author
 * cannot use; publishing also needs a title, a domain and at least one written step.
 */
final class StoryRules {

	static final int TITLE_MAX = 200;

	static final int STEP_MAX = 20_000;

	static final int NOTE_MAX = 2_000;

	static final int TAGS_MAX = 10;

	static final int TAG_MAX = 40;

	private StoryRules() {
	}

	/** Cleans the content (trims, orders steps by the model, normalises tags) or refuses it with every violation. */
	static StoryContent check(StoryContent content, ReflectionModel model, Viewer author, @Nullable KoersVersion koers,
			boolean publishing) {
		List<Violation> violations = new ArrayList<>();
		String title = content.title().strip();
		if (title.length() > TITLE_MAX) {
			violations.add(new Violation("title", "story.title.too-long", TITLE_MAX));
		}
		if (publishing && title.isEmpty()) {
			violations.add(new Violation("title", "story.title.required"));
		}
		Map<String, String> steps = new LinkedHashMap<>();
		for (String key : content.steps().keySet()) {
			if (model.step(key).isEmpty()) {
				violations.add(new Violation("steps." + key, "story.step.unknown", key, model.code()));
			}
		}
		for (String key : model.stepKeys()) {
			String text = normalizeNewlines(content.steps().getOrDefault(key, ""));
			if (text.length() > STEP_MAX) {
				violations.add(new Violation("steps." + key, "story.step.too-long", STEP_MAX, text.length()));
			}
			steps.put(key, text);
		}
		if (publishing && steps.values().stream().allMatch(String::isBlank)) {
			violations.add(new Violation("steps." + model.stepKeys().get(0), "story.steps.required"));
		}
		if (publishing && content.domains().isEmpty()) {
			violations.add(new Violation("domains", "story.domains.required"));
		}
		List<String> tags = tags(content.tags(), violations);
		List<PrincipleLink> principles = principles(content.principles(), koers, violations);
		String discretionNote = blankToNull(content.discretionNote());
		if (discretionNote != null && discretionNote.length() > NOTE_MAX) {
			violations.add(new Violation("discretionNote", "story.note.too-long", NOTE_MAX));
		}
		if (publishing && content.discretionUsed() && discretionNote == null) {
			violations.add(new Violation("discretionNote", "story.discretion.note-required"));
		}
		if (!allowed(content.audience(), author)) {
			violations.add(new Violation("audience", "story.audience.not-yours"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new StoryContent(title, List.copyOf(new LinkedHashSet<>(content.domains())), tags, steps, principles,
				content.discretionUsed(), content.discretionUsed() ? discretionNote : null, content.audience());
	}

	/** The audiences a person can share with: themselves, their circles, teams, organisation, networks, everyone. */
	static boolean allowed(Audience audience, Viewer author) {
		return switch (audience.kind()) {
			case PRIVATE, PLATFORM -> true;
			case CIRCLE -> author.circleIds().contains(audience.scopeId());
			case TEAM -> author.teamIds().contains(audience.scopeId());
			case ORGANISATION -> author.organisationId().equals(audience.scopeId());
			case NETWORK -> author.networkIds().contains(audience.scopeId());
		};
	}

	private static List<String> tags(List<String> raw, List<Violation> violations) {
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : raw) {
			String clean = tag.strip().toLowerCase(Locale.forLanguageTag("nl")).replaceAll("\\s+", " ");
			if (clean.startsWith("#")) {
				clean = clean.substring(1);
			}
			if (clean.length() > TAG_MAX) {
				violations.add(new Violation("tags", "story.tag.too-long", TAG_MAX));
			}
			else if (!clean.isEmpty()) {
				tags.add(clean);
			}
		}
		if (tags.size() > TAGS_MAX) {
			violations.add(new Violation("tags", "story.tags.too-many", TAGS_MAX));
		}
		return List.copyOf(tags);
	}

	private static List<PrincipleLink> principles(List<PrincipleLink> links, @Nullable KoersVersion koers,
			List<Violation> violations) {
		List<PrincipleLink> clean = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (PrincipleLink link : links) {
			String code = link.code().strip().toUpperCase(Locale.ROOT);
			if (koers == null || koers.principle(code).isEmpty()) {
				violations.add(new Violation("principles", "story.principle.unknown", code));
				continue;
			}
			String note = blankToNull(link.note());
			if (note != null && note.length() > NOTE_MAX) {
				violations.add(new Violation("principles." + code, "story.note.too-long", NOTE_MAX));
			}
			if (seen.add(code)) {
				clean.add(new PrincipleLink(koers.organisationId(), code, note));
			}
		}
		return clean;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : normalizeNewlines(value).strip();
	}

	private static String normalizeNewlines(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

}

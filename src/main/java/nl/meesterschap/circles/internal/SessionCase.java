package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The case the case bringer brings: one of their own stories and/or a short text. Others in the circle see the
 * text only when {@code cleared}: the privacy guard found nothing in it.
 */
public record SessionCase(UUID sessionId, @Nullable UUID storyId, String title, String body, boolean cleared,
		Instant updatedAt) {

	/** The texts the privacy guard checks, by field name. */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("caseTitle", title);
		texts.put("caseText", body);
		return texts;
	}

	public boolean hasText() {
		return !title.isBlank() || !body.isBlank();
	}

}

package nl.meesterschap.policy.internal;

import org.jspecify.annotations.Nullable;

/** A principle as typed in the editor: raw text, examples one per line, domain as its name or empty. */
public record PrincipleInput(@Nullable String code, @Nullable String title, @Nullable String domain,
		@Nullable String explanation, @Nullable String inPractice, @Nullable String examples) {
}

package nl.meesterschap.signals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.web.InvalidInputException.Violation;

/** Enum values from request text, with a violation (not an exception) for anything unknown. */
final class Enums {

	private Enums() {
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation(field, "signals.api.unknown-value", value));
			return null;
		}
	}

	static <E extends Enum<E>> List<E> parseAll(Class<E> type, @Nullable List<String> values, String field,
			List<Violation> violations) {
		List<E> parsed = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				E e = parse(type, value, field, violations);
				if (e != null && !parsed.contains(e)) {
					parsed.add(e);
				}
			}
		}
		return parsed;
	}

}

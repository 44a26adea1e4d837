package nl.meesterschap.circles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/** Collects refused fields, so a form shows every problem at once instead of one per try. */
final class Check {

	private final List<Violation> violations = new ArrayList<>();

	/** A required text, stripped; refused when blank or longer than {@code max}. */
	String required(String field, @Nullable String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			add(field, "circle.input.required");
		}
		else if (text.length() > max) {
			add(field, "circle.input.too-long", max);
		}
		return text;
	}

	/** An optional text, stripped; "" when absent. */
	String optional(String field, @Nullable String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			add(field, "circle.input.too-long", max);
		}
		return text;
	}

	<E extends Enum<E>> @Nullable E choice(String field, Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			add(field, "circle.input.choose");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			add(field, "circle.input.unknown-value", value);
			return null;
		}
	}

	void add(String field, String code, Object... args) {
		violations.add(new Violation(field, code, args));
	}

	boolean has(String field) {
		return violations.stream().anyMatch(v -> v.field().equals(field));
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

}

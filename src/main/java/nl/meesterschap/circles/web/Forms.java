package nl.meesterschap.circles.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

import nl.meesterschap.web.InvalidInputException;

/** Small helpers the circle forms share: reading typed ids, dates and times, and showing refused fields. */
final class Forms {

	private Forms() {
	}

	static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static String text(@Nullable UUID id) {
		return id == null ? "" : id.toString();
	}

	static @Nullable LocalDate date(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static @Nullable LocalTime time(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Shows the refused fields next to their inputs, renamed where the form calls a field differently. */
	static void refused(InvalidInputException e, BindingResult result, HttpServletResponse response,
			Map<String, String> renamed) {
		List<InvalidInputException.Violation> violations = e.violations().stream()
			.map(v -> new InvalidInputException.Violation(onForm(result, renamed.getOrDefault(v.field(), v.field())),
					v.code(), v.args()))
			.toList();
		new InvalidInputException(violations).applyTo(result);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
	}

	/** A field the form has, or "" (the message then shows above the form). */
	private static String onForm(BindingResult result, String field) {
		return !field.isEmpty() && result instanceof AbstractPropertyBindingResult bound
				&& bound.getPropertyAccessor().isReadableProperty(field) ? field : "";
	}

	static void refused(InvalidInputException e, BindingResult result, HttpServletResponse response) {
		refused(e, result, response, Map.of());
	}

}

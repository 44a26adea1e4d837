package nl.meesterschap.web;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * Input that a module refuses, with one violation per field. Pages show each message next to its field; the
 * API answers 400 problem+json with {@code invalidParams}.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super("Invalid input: " + violations);
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(String field, String code, Object... args) {
		this(List.of(new Violation(field, code, args)));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Puts each violation on the form's binding result, so the page shows it next to its field. */
	public void applyTo(Errors errors) {
		violations.forEach(v -> {
			if (v.field().isEmpty()) {
				errors.reject(v.code(), v.args(), v.code());
			}
			else {
				errors.rejectValue(v.field(), v.code(), v.args(), v.code());
			}
		});
	}

	/** A refused field: {@code code} is a message key in the bundles, {@code args} its arguments. */
	public record Violation(String field, String code, Object... args) {

		@Override
		public String toString() {
			return field + ": " + code + java.util.Arrays.toString(args);
		}

	}

}

package nl.meesterschap.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * Length over complexity (NCSC advice): at least 12 characters, not the user name or e-mail, and typed the
 * same twice.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	private PasswordPolicy() {
	}

	static void check(String password, String confirmation, String username, String email) {
		List<Violation> violations = new ArrayList<>();
		String lower = password.toLowerCase(Locale.ROOT);
		if (password.length() < MIN_LENGTH) {
			violations.add(new Violation("password", "password.too-short", MIN_LENGTH));
		}
		else if (password.length() > MAX_LENGTH) {
			violations.add(new Violation("password", "password.too-long", MAX_LENGTH));
		}
		else if (lower.contains(username.toLowerCase(Locale.ROOT)) || lower.equals(email.toLowerCase(Locale.ROOT))) {
			violations.add(new Violation("password", "password.contains-username"));
		}
		if (!password.equals(confirmation)) {
			violations.add(new Violation("passwordConfirmation", "password.mismatch"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

}

package nl.meesterschap.policy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/** What a principle and a draft's texts must look like; every refusal names its field and a message key. */
final class PrincipleRules {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,9}");

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 5000;

	static final int EXAMPLES_MAX = 10;

	static final int EXAMPLE_MAX = 500;

	static final int PRINCIPLES_MAX = 50;

	static final int VISION_MAX = 10000;

	static final int CHANGE_NOTE_MAX = 2000;

	static final int PERIOD_MAX = 50;

	private PrincipleRules() {
	}

	/** The principle as it will be stored, or the refusals; {@code otherCodes} are the version's other principles. */
	static Principle principle(PrincipleInput input, Collection<String> otherCodes) {
		List<Violation> violations = new ArrayList<>();
		String code = clean(input.code()).toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			violations.add(new Violation("code", "koers.principle.code.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "koers.principle.code.invalid"));
		}
		else if (otherCodes.contains(code)) {
			violations.add(new Violation("code", "koers.principle.code.taken", code));
		}
		String title = clean(input.title());
		if (title.isEmpty()) {
			violations.add(new Violation("title", "koers.principle.title.required"));
		}
		maxLength(violations, "title", title, TITLE_MAX);
		String explanation = clean(input.explanation());
		maxLength(violations, "explanation", explanation, TEXT_MAX);
		String inPractice = clean(input.inPractice());
		maxLength(violations, "inPractice", inPractice, TEXT_MAX);
		List<String> examples = Arrays.stream(clean(input.examples()).split("\n"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		if (examples.size() > EXAMPLES_MAX) {
			violations.add(new Violation("examples", "koers.principle.examples.too-many", EXAMPLES_MAX));
		}
		else if (examples.stream().anyMatch(example -> example.length() > EXAMPLE_MAX)) {
			violations.add(new Violation("examples", "koers.principle.examples.too-long", EXAMPLE_MAX));
		}
		Domain domain = null;
		String domainName = clean(input.domain());
		if (!domainName.isEmpty()) {
			try {
				domain = Domain.valueOf(domainName);
			}
			catch (IllegalArgumentException unknown) {
				violations.add(new Violation("domain", "validation.invalid"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Principle(code, title, domain, explanation, inPractice, examples);
	}

	static String vision(@Nullable String vision) {
		String clean = clean(vision);
		if (clean.length() > VISION_MAX) {
			throw new InvalidInputException("vision", "validation.too-long", VISION_MAX);
		}
		return clean;
	}

	static @Nullable String changeNote(@Nullable String changeNote) {
		String clean = clean(changeNote);
		if (clean.length() > CHANGE_NOTE_MAX) {
			throw new InvalidInputException("changeNote", "validation.too-long", CHANGE_NOTE_MAX);
		}
		return clean.isEmpty() ? null : clean;
	}

	/** Title and period of a new koers. */
	static List<String> titleAndPeriod(@Nullable String title, @Nullable String period) {
		List<Violation> violations = new ArrayList<>();
		String cleanTitle = clean(title);
		String cleanPeriod = clean(period);
		if (cleanTitle.isEmpty()) {
			violations.add(new Violation("title", "koers.start.title.required"));
		}
		maxLength(violations, "title", cleanTitle, TITLE_MAX);
		if (cleanPeriod.isEmpty()) {
			violations.add(new Violation("period", "koers.start.period.required"));
		}
		maxLength(violations, "period", cleanPeriod, PERIOD_MAX);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return List.of(cleanTitle, cleanPeriod);
	}

	private static void maxLength(List<Violation> violations, String field, String value, int max) {
		if (value.length() > max) {
			violations.add(new Violation(field, "validation.too-long", max));
		}
	}

	/** Unix line breaks, no white space around. */
	static String clean(@Nullable String text) {
		return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

}

package nl.meesterschap.circles.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An intervision or moral case deliberation method as data: its steps, who acts in each, the time box, whether the
 * case bringer is in the circle, and the instruction in Dutch (and English). A standard method has no organisation;
 * an organisation's own method is available to the circles it owns.
 */
public record Method(UUID id, String code, @Nullable UUID organisationId, Kind kind, Map<String, String> name,
		Map<String, String> description, @Nullable String source, int minParticipants, int maxParticipants,
		List<Step> steps) {

	public Method {
		name = Map.copyOf(name);
		description = Map.copyOf(description);
		steps = List.copyOf(steps);
	}

	public enum Kind {
		INTERVISION, MORAL_DELIBERATION
	}

	/** Who acts in a step. */
	public enum Actor {
		CASE_BRINGER, FACILITATOR, GROUP
	}

	/** The structured parts of the dilemma method, captured in the step where they are made. */
	public enum Part {
		DILEMMA, PERSPECTIVES, ALTERNATIVES, WEIGHING, CONCLUSION
	}

	public String name(Locale locale) {
		return localized(name, locale);
	}

	public String description(Locale locale) {
		return localized(description, locale);
	}

	public boolean standard() {
		return organisationId == null;
	}

	public int totalMinutes() {
		return steps.stream().mapToInt(Step::minutes).sum();
	}

	public Optional<Step> step(int number) {
		return number >= 1 && number <= steps.size() ? Optional.of(steps.get(number - 1)) : Optional.empty();
	}

	/** True when the method captures the dilemma structure (moral case deliberation). */
	public boolean structured() {
		return steps.stream().anyMatch(s -> s.part() != null);
	}

	static String localized(Map<String, String> texts, Locale locale) {
		return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("nl", ""));
	}

	/** One step; {@code number} counts from 1. */
	public record Step(int number, Map<String, String> title, Map<String, String> instruction, Actor actor,
			int minutes, boolean caseBringerPresent, boolean written, @Nullable Part part) {

		public Step {
			title = Map.copyOf(title);
			instruction = Map.copyOf(instruction);
		}

		public String title(Locale locale) {
			return localized(title, locale);
		}

		public String instruction(Locale locale) {
			return localized(instruction, locale);
		}

	}

}

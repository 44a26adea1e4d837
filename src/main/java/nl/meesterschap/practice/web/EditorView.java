package nl.meesterschap.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.internal.ReflectionModel;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/** Everything the editor template shows besides the form: steps with questions, findings in place, choices. */
record EditorView(List<StepView> steps, @Nullable StepView current, int currentIndex, List<FieldView> otherFindings,
		int findingCount, boolean blocked, List<Principle> principles, List<AudienceOption> audiences) {

	static EditorView of(ReflectionModel model, StoryContent content, List<FieldFinding> findings,
			@Nullable String currentStep, List<Principle> principles, List<AudienceOption> audiences, boolean blocked,
			Locale locale) {
		Map<String, List<Finding>> byField = findings.stream()
			.collect(Collectors.groupingBy(FieldFinding::field, Collectors.mapping(FieldFinding::finding, Collectors.toList())));
		List<StepView> steps = new ArrayList<>();
		for (ReflectionModel.Step step : model.steps()) {
			String field = "steps." + step.key();
			String text = content.steps().getOrDefault(step.key(), "");
			steps.add(new StepView(step.key(), field, step.title(locale), step.questions(locale), steps.size() + 1,
					fieldView(field, text, byField)));
		}
		StepView current = steps.stream().filter(s -> s.key().equals(currentStep)).findFirst().orElse(null);
		List<FieldView> others = new ArrayList<>();
		byField.keySet().stream().filter(f -> !f.startsWith("steps.")).sorted().forEach(field -> {
			String text = content.text(field);
			if (text != null) {
				others.add(fieldView(field, text, byField));
			}
		});
		return new EditorView(steps, current, current == null ? -1 : steps.indexOf(current), others, findings.size(),
				blocked, principles, audiences);
	}

	private static FieldView fieldView(String field, String text, Map<String, List<Finding>> byField) {
		List<Finding> findings = byField.getOrDefault(field, List.of());
		return new FieldView(field, findings.isEmpty() ? List.of() : Highlights.of(text, findings), findings);
	}

	@Nullable StepView previous() {
		return currentIndex > 0 ? steps.get(currentIndex - 1) : null;
	}

	@Nullable StepView next() {
		return currentIndex >= 0 && currentIndex < steps.size() - 1 ? steps.get(currentIndex + 1) : null;
	}

	/** One reflection step in the editor. */
	record StepView(String key, String field, String title, List<String> questions, int number, FieldView review) {
	}

	/** A field's findings, with its text cut into segments to mark them. */
	record FieldView(String field, List<Highlights.Segment> segments, List<Finding> findings) {

		public boolean hasFindings() {
			return !findings.isEmpty();
		}

		/** Each finding with the replacements offered for it. */
		public List<Choice> choices() {
			return findings.stream().map(f -> new Choice(f, replacements(f.type()))).toList();
		}

	}

	/** A finding and the placeholders that can replace it. */
	record Choice(Finding finding, List<String> replacements) {
	}

	/** A choice of audience, e.g. value {@code TEAM:<id>} with label "Mijn team: Wijkteam Noord". */
	record AudienceOption(String value, String label, String hint) {
	}

	/** Replacement choices for a finding type: its placeholder, and for names a role. */
	static List<String> replacements(FindingType type) {
		return type == FindingType.PERSON_NAME ? List.of(type.placeholder(), "cliënt A", "cliënt B") : List.of(type.placeholder());
	}

}

package nl.meesterschap.circles.internal;

import java.util.List;
import java.util.UUID;

/**
 * The structure of a moral case deliberation (dilemma method): the moral question, options A and B with the harm
 * each does, the stakeholders with their values and norms, alternatives, each participant's weighing, and the
 * conclusion. Empty texts are "not filled in yet".
 */
public record Dilemma(String moralQuestion, String optionA, String harmA, String optionB, String harmB,
		List<Stakeholder> stakeholders, List<String> alternatives, List<Weighing> weighings, String conclusion) {

	public Dilemma {
		stakeholders = List.copyOf(stakeholders);
		alternatives = List.copyOf(alternatives);
		weighings = List.copyOf(weighings);
	}

	public static Dilemma empty() {
		return new Dilemma("", "", "", "", "", List.of(), List.of(), List.of(), "");
	}

	public boolean isEmpty() {
		return moralQuestion.isBlank() && optionA.isBlank() && optionB.isBlank() && stakeholders.isEmpty()
				&& alternatives.isEmpty() && weighings.isEmpty() && conclusion.isBlank();
	}

	/** Someone involved (the resident, family, the professional, the organisation) with what matters to them. */
	public record Stakeholder(String name, String values, String norms) {
	}

	/** One participant's own weighing: the choice, the value that carries it, the harm accepted and how limited. */
	public record Weighing(UUID personId, String choice, String carryingValue, String harmAccepted,
			String harmLimited, String needed) {

		public boolean isEmpty() {
			return choice.isBlank() && carryingValue.isBlank() && harmAccepted.isBlank() && harmLimited.isBlank()
					&& needed.isBlank();
		}

	}

}

package nl.meesterschap.circles.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.internal.Dilemma;
import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.StepNote;

/**
 * The facilitation screen's form: the note of the current step and, in the dilemma method, the part of the
 * structure that step makes. Rows for stakeholders and alternatives come with a few empty ones to fill in.
 */
public class FacilitationForm {

	static final int EMPTY_ROWS = 2;

	private int step;

	private @Nullable String note;

	private @Nullable String moralQuestion;

	private @Nullable String optionA;

	private @Nullable String harmA;

	private @Nullable String optionB;

	private @Nullable String harmB;

	private @Nullable String conclusion;

	private @Nullable List<StakeholderRow> stakeholders;

	private @Nullable List<String> alternatives;

	private @Nullable List<WeighingRow> weighings;

	private String actionDescription = "";

	private String actionOwnerId = "";

	private String actionDueDate = "";

	static FacilitationForm of(int step, Map<Integer, StepNote> notes, Dilemma dilemma, List<UUID> members) {
		FacilitationForm form = new FacilitationForm();
		form.step = step;
		form.note = notes.containsKey(step) ? notes.get(step).body() : "";
		form.moralQuestion = dilemma.moralQuestion();
		form.optionA = dilemma.optionA();
		form.harmA = dilemma.harmA();
		form.optionB = dilemma.optionB();
		form.harmB = dilemma.harmB();
		form.conclusion = dilemma.conclusion();
		form.stakeholders = new ArrayList<>();
		form.alternatives = new ArrayList<>(dilemma.alternatives());
		form.weighings = new ArrayList<>();
		dilemma.stakeholders().forEach(s -> form.stakeholders.add(new StakeholderRow(s.name(), s.values(), s.norms())));
		for (int i = 0; i < EMPTY_ROWS; i++) {
			form.stakeholders.add(new StakeholderRow("", "", ""));
			form.alternatives.add("");
		}
		for (UUID member : members) {
			Dilemma.Weighing w = dilemma.weighings().stream().filter(x -> x.personId().equals(member)).findFirst()
				.orElse(new Dilemma.Weighing(member, "", "", "", "", ""));
			form.weighings.add(WeighingRow.of(w));
		}
		return form;
	}

	/**
	 * The dilemma with the part this step makes replaced by what the form carries; what the form does not carry stays
	 * as it was. A weighing row left empty keeps the weighing a participant saved on their own device meanwhile.
	 */
	Dilemma over(Dilemma current, Method.Part part) {
		return switch (part) {
			case DILEMMA -> new Dilemma(or(moralQuestion, current.moralQuestion()), or(optionA, current.optionA()),
					or(harmA, current.harmA()), or(optionB, current.optionB()), or(harmB, current.harmB()),
					current.stakeholders(), current.alternatives(), current.weighings(), current.conclusion());
			case PERSPECTIVES -> new Dilemma(current.moralQuestion(), current.optionA(), current.harmA(),
					current.optionB(), current.harmB(), stakeholders == null ? current.stakeholders()
							: stakeholders.stream().map(s -> new Dilemma.Stakeholder(s.getName(), s.getValues(), s.getNorms())).toList(),
					current.alternatives(), current.weighings(), current.conclusion());
			case ALTERNATIVES -> new Dilemma(current.moralQuestion(), current.optionA(), current.harmA(),
					current.optionB(), current.harmB(), current.stakeholders(),
					alternatives == null ? current.alternatives() : List.copyOf(alternatives), current.weighings(),
					current.conclusion());
			case WEIGHING -> new Dilemma(current.moralQuestion(), current.optionA(), current.harmA(),
					current.optionB(), current.harmB(), current.stakeholders(), current.alternatives(),
					weighings(current.weighings()), current.conclusion());
			case CONCLUSION -> new Dilemma(current.moralQuestion(), current.optionA(), current.harmA(),
					current.optionB(), current.harmB(), current.stakeholders(), current.alternatives(),
					current.weighings(), or(conclusion, current.conclusion()));
		};
	}

	private List<Dilemma.Weighing> weighings(List<Dilemma.Weighing> current) {
		java.util.Map<UUID, Dilemma.Weighing> merged = new java.util.LinkedHashMap<>();
		current.forEach(w -> merged.put(w.personId(), w));
		if (weighings != null) {
			weighings.stream().filter(w -> Forms.uuid(w.getPersonId()) != null).map(WeighingRow::weighing)
				.filter(w -> !w.isEmpty())
				.forEach(w -> merged.put(w.personId(), w));
		}
		return List.copyOf(merged.values());
	}

	private static String or(@Nullable String typed, String current) {
		return typed == null ? current : typed;
	}

	boolean hasAction() {
		return !actionDescription.isBlank();
	}

	public String getActionDescription() {
		return actionDescription;
	}

	public void setActionDescription(String actionDescription) {
		this.actionDescription = actionDescription;
	}

	public String getActionOwnerId() {
		return actionOwnerId;
	}

	public void setActionOwnerId(String actionOwnerId) {
		this.actionOwnerId = actionOwnerId;
	}

	public String getActionDueDate() {
		return actionDueDate;
	}

	public void setActionDueDate(String actionDueDate) {
		this.actionDueDate = actionDueDate;
	}

	public int getStep() {
		return step;
	}

	public void setStep(int step) {
		this.step = step;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable String getMoralQuestion() {
		return moralQuestion;
	}

	public void setMoralQuestion(@Nullable String moralQuestion) {
		this.moralQuestion = moralQuestion;
	}

	public @Nullable String getOptionA() {
		return optionA;
	}

	public void setOptionA(@Nullable String optionA) {
		this.optionA = optionA;
	}

	public @Nullable String getHarmA() {
		return harmA;
	}

	public void setHarmA(@Nullable String harmA) {
		this.harmA = harmA;
	}

	public @Nullable String getOptionB() {
		return optionB;
	}

	public void setOptionB(@Nullable String optionB) {
		this.optionB = optionB;
	}

	public @Nullable String getHarmB() {
		return harmB;
	}

	public void setHarmB(@Nullable String harmB) {
		this.harmB = harmB;
	}

	public @Nullable String getConclusion() {
		return conclusion;
	}

	public void setConclusion(@Nullable String conclusion) {
		this.conclusion = conclusion;
	}

	public @Nullable List<StakeholderRow> getStakeholders() {
		return stakeholders;
	}

	public void setStakeholders(@Nullable List<StakeholderRow> stakeholders) {
		this.stakeholders = stakeholders;
	}

	public @Nullable List<String> getAlternatives() {
		return alternatives;
	}

	public void setAlternatives(@Nullable List<String> alternatives) {
		this.alternatives = alternatives;
	}

	public @Nullable List<WeighingRow> getWeighings() {
		return weighings;
	}

	public void setWeighings(@Nullable List<WeighingRow> weighings) {
		this.weighings = weighings;
	}

}

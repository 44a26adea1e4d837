package nl.meesterschap.circles.web;

import java.util.ArrayList;
import java.util.List;

import nl.meesterschap.circles.internal.MethodService;

/** An organisation's own method: name, description, group size and its steps (rows left empty are skipped). */
public class MethodForm {

	static final int ROWS = 5;

	private String name = "";

	private String description = "";

	private String kind = "INTERVISION";

	private String minParticipants = "3";

	private String maxParticipants = "8";

	private List<StepRow> steps = new ArrayList<>();

	static MethodForm empty() {
		MethodForm form = new MethodForm();
		form.addRows(ROWS);
		return form;
	}

	void addRows(int count) {
		for (int i = 0; i < count && steps.size() < 20; i++) {
			steps.add(new StepRow());
		}
	}

	MethodService.MethodInput input() {
		return new MethodService.MethodInput(name, description, kind, number(minParticipants), number(maxParticipants),
				steps.stream().map(StepRow::input).toList());
	}

	static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getMinParticipants() {
		return minParticipants;
	}

	public void setMinParticipants(String minParticipants) {
		this.minParticipants = minParticipants;
	}

	public String getMaxParticipants() {
		return maxParticipants;
	}

	public void setMaxParticipants(String maxParticipants) {
		this.maxParticipants = maxParticipants;
	}

	public List<StepRow> getSteps() {
		return steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

	/** One step as typed. */
	public static class StepRow {

		private String title = "";

		private String instruction = "";

		private String actor = "GROUP";

		private String minutes = "10";

		private boolean caseBringerPresent = true;

		private boolean written;

		MethodService.StepInput input() {
			return new MethodService.StepInput(title, instruction, actor, number(minutes), caseBringerPresent, written);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getInstruction() {
			return instruction;
		}

		public void setInstruction(String instruction) {
			this.instruction = instruction;
		}

		public String getActor() {
			return actor;
		}

		public void setActor(String actor) {
			this.actor = actor;
		}

		public String getMinutes() {
			return minutes;
		}

		public void setMinutes(String minutes) {
			this.minutes = minutes;
		}

		public boolean isCaseBringerPresent() {
			return caseBringerPresent;
		}

		public void setCaseBringerPresent(boolean caseBringerPresent) {
			this.caseBringerPresent = caseBringerPresent;
		}

		public boolean isWritten() {
			return written;
		}

		public void setWritten(boolean written) {
			this.written = written;
		}

	}

}

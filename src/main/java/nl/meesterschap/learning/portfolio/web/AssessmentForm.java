package nl.meesterschap.learning.portfolio.web;

/** A self-assessment of one competency, as typed; {@code competency} is "FRAMEWORK:code". */
public class AssessmentForm {

	private String competency = "";

	private String level = "";

	private String date = "";

	private String note = "";

	public String getCompetency() {
		return competency;
	}

	public void setCompetency(String competency) {
		this.competency = competency;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

package nl.meesterschap.learning.portfolio.web;

/** A learning goal, as typed; {@code competency} is "FRAMEWORK:code". */
public class GoalForm {

	private String competency = "";

	private String title = "";

	private String description = "";

	private String status = "PLANNED";

	private String targetDate = "";

	public String getCompetency() {
		return competency;
	}

	public void setCompetency(String competency) {
		this.competency = competency;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getTargetDate() {
		return targetDate;
	}

	public void setTargetDate(String targetDate) {
		this.targetDate = targetDate;
	}

}

package nl.meesterschap.circles.web;

/** An agreed action: what, who, and by when. */
public class ActionForm {

	private String description = "";

	private String ownerId = "";

	private String dueDate = "";

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(String ownerId) {
		this.ownerId = ownerId;
	}

	public String getDueDate() {
		return dueDate;
	}

	public void setDueDate(String dueDate) {
		this.dueDate = dueDate;
	}

}

package nl.meesterschap.circles.web;

import nl.meesterschap.circles.internal.Session;

/** Who facilitates, keeps time, takes notes and brings the case. */
public class RolesForm {

	private String facilitatorId = "";

	private String timeKeeperId = "";

	private String noteTakerId = "";

	private String caseBringerId = "";

	static RolesForm of(Session.Roles roles) {
		RolesForm form = new RolesForm();
		form.facilitatorId = Forms.text(roles.facilitatorId());
		form.timeKeeperId = Forms.text(roles.timeKeeperId());
		form.noteTakerId = Forms.text(roles.noteTakerId());
		form.caseBringerId = Forms.text(roles.caseBringerId());
		return form;
	}

	Session.Roles roles() {
		return new Session.Roles(Forms.uuid(facilitatorId), Forms.uuid(timeKeeperId), Forms.uuid(noteTakerId),
				Forms.uuid(caseBringerId));
	}

	public String getFacilitatorId() {
		return facilitatorId;
	}

	public void setFacilitatorId(String facilitatorId) {
		this.facilitatorId = facilitatorId;
	}

	public String getTimeKeeperId() {
		return timeKeeperId;
	}

	public void setTimeKeeperId(String timeKeeperId) {
		this.timeKeeperId = timeKeeperId;
	}

	public String getNoteTakerId() {
		return noteTakerId;
	}

	public void setNoteTakerId(String noteTakerId) {
		this.noteTakerId = noteTakerId;
	}

	public String getCaseBringerId() {
		return caseBringerId;
	}

	public void setCaseBringerId(String caseBringerId) {
		this.caseBringerId = caseBringerId;
	}

}

package nl.meesterschap.circles.web;

/** Inviting someone to a circle. */
public class InviteForm {

	private String personId = "";

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

}

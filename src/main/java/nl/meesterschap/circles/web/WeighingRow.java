package nl.meesterschap.circles.web;

import java.util.UUID;

import nl.meesterschap.circles.internal.Dilemma;

/** One participant's weighing in the dilemma method, as a form row. */
public class WeighingRow {

	private String personId = "";

	private String choice = "";

	private String carryingValue = "";

	private String harmAccepted = "";

	private String harmLimited = "";

	private String needed = "";

	static WeighingRow of(Dilemma.Weighing weighing) {
		WeighingRow row = new WeighingRow();
		row.personId = weighing.personId().toString();
		row.choice = weighing.choice();
		row.carryingValue = weighing.carryingValue();
		row.harmAccepted = weighing.harmAccepted();
		row.harmLimited = weighing.harmLimited();
		row.needed = weighing.needed();
		return row;
	}

	Dilemma.Weighing weighing() {
		UUID id = Forms.uuid(personId);
		return new Dilemma.Weighing(id == null ? new UUID(0, 0) : id, choice, carryingValue, harmAccepted,
				harmLimited, needed);
	}

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public String getChoice() {
		return choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	public String getCarryingValue() {
		return carryingValue;
	}

	public void setCarryingValue(String carryingValue) {
		this.carryingValue = carryingValue;
	}

	public String getHarmAccepted() {
		return harmAccepted;
	}

	public void setHarmAccepted(String harmAccepted) {
		this.harmAccepted = harmAccepted;
	}

	public String getHarmLimited() {
		return harmLimited;
	}

	public void setHarmLimited(String harmLimited) {
		this.harmLimited = harmLimited;
	}

	public String getNeeded() {
		return needed;
	}

	public void setNeeded(String needed) {
		this.needed = needed;
	}

}

package nl.meesterschap.policy.web;

import nl.meesterschap.policy.internal.Draft;

/**
 * The draft's own texts (vision and change note); the same form carries a new koers's title and period when a
 * first draft is started.
 */
public class DraftTextForm {

	private String vision = "";

	private String changeNote = "";

	private String title = "";

	private String period = "";

	static DraftTextForm of(Draft draft) {
		DraftTextForm form = new DraftTextForm();
		form.vision = draft.vision();
		form.changeNote = draft.changeNote() == null ? "" : draft.changeNote();
		return form;
	}

	public String getVision() {
		return vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

}

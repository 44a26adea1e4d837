package nl.meesterschap.circles.web;

import nl.meesterschap.circles.internal.SessionCase;
import nl.meesterschap.web.PendingForms;

/** The case bringer's case: one of their stories and/or a short case in their own words. */
public class CaseForm {

	private String storyId = "";

	private String caseTitle = "";

	private String caseText = "";

	static CaseForm of(SessionCase sessionCase) {
		CaseForm form = new CaseForm();
		form.storyId = Forms.text(sessionCase.storyId());
		form.caseTitle = sessionCase.title();
		form.caseText = sessionCase.body();
		return form;
	}

	/** The form as it was typed before the session expired. */
	static CaseForm of(PendingForms.PendingForm kept) {
		CaseForm form = new CaseForm();
		form.storyId = orEmpty(kept.first("storyId"));
		form.caseTitle = orEmpty(kept.first("caseTitle"));
		form.caseText = orEmpty(kept.first("caseText"));
		return form;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	public String getStoryId() {
		return storyId;
	}

	public void setStoryId(String storyId) {
		this.storyId = storyId;
	}

	public String getCaseTitle() {
		return caseTitle;
	}

	public void setCaseTitle(String caseTitle) {
		this.caseTitle = caseTitle;
	}

	public String getCaseText() {
		return caseText;
	}

	public void setCaseText(String caseText) {
		this.caseText = caseText;
	}

}

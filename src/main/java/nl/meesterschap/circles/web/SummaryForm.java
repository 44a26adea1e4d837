package nl.meesterschap.circles.web;

import nl.meesterschap.circles.internal.Summary;

/** "What we share outside the circle" and with whom. */
public class SummaryForm {

	private String summary = "";

	private String audience = "ORGANISATION";

	static SummaryForm of(Summary summary) {
		SummaryForm form = new SummaryForm();
		form.summary = summary.body();
		if (summary.audience() != null) {
			form.audience = summary.audience().kind().name();
		}
		return form;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

}

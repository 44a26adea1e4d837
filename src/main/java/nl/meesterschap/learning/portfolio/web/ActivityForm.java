package nl.meesterschap.learning.portfolio.web;

/** An activity added by hand, as typed (hours as 1,5 or 1.5; the date as yyyy-mm-dd). */
public class ActivityForm {

	private String title = "";

	private String category = "";

	private String hours = "";

	private String date = "";

	private String accreditationId = "";

	private String provider = "";

	private String certificateNote = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getHours() {
		return hours;
	}

	public void setHours(String hours) {
		this.hours = hours;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getAccreditationId() {
		return accreditationId;
	}

	public void setAccreditationId(String accreditationId) {
		this.accreditationId = accreditationId;
	}

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public String getCertificateNote() {
		return certificateNote;
	}

	public void setCertificateNote(String certificateNote) {
		this.certificateNote = certificateNote;
	}

}

package nl.meesterschap.privacy;

/** The kinds of personal data the privacy guard recognises. */
public enum FindingType {

	BSN("[BSN]"),
	IBAN("[IBAN]"),
	PHONE("[telefoonnummer]"),
	EMAIL("[e-mailadres]"),
	ADDRESS("[adres]"),
	POSTCODE("[postcode]"),
	DATE_OF_BIRTH("[geboortedatum]"),
	PERSON_NAME("[naam]");

	private final String placeholder;

	FindingType(String placeholder) {
		this.placeholder = placeholder;
	}

	/**
	 * Whether an author may keep a finding of this type after confirming it is not personal data. A valid BSN can
	 * never be waived: a learning platform has no legal ground to process it (art. 46 UAVG).
	 */
	public boolean waivable() {
		return this != BSN;
	}

	/** The Dutch placeholder offered for one-click replacement, such as {@code [naam]}. */
	public String placeholder() {
		return placeholder;
	}

}

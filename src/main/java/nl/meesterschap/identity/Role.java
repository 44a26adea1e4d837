package nl.meesterschap.identity;

/** A role a person holds within one organisation. */
public enum Role {
	PROFESSIONAL, TEAM_LEAD, POLICY_ADVISOR, MODERATOR, PRIVACY_OFFICER, ADMIN,

	/** A communications adviser ("communicatieadviseur"): edits the organisation's digests, like a team lead. */
	COMMUNICATIONS;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}

package nl.meesterschap.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.PersonDetails;

/** The admin's form for adding or changing a person. */
public class PersonForm {

	private String displayName = "";

	private String email = "";

	private String username = "";

	private String jobTitle = "";

	private Set<Role> roles = EnumSet.of(Role.PROFESSIONAL);

	private List<UUID> teamIds = new ArrayList<>();

	PersonDetails details() {
		return new PersonDetails(displayName, email, username, jobTitle, roles == null ? Set.of() : roles,
				teamIds == null ? List.of() : teamIds);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public List<UUID> getTeamIds() {
		return teamIds;
	}

	public void setTeamIds(List<UUID> teamIds) {
		this.teamIds = teamIds;
	}

}

package nl.meesterschap.signals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * The "signaal geven" form as typed. {@code audience} is {@code ORGANISATION} or {@code NETWORK:<id>};
 * {@code circleId} empty means "on my own behalf"; {@code draftId} becomes the signal's id.
 */
public class RaiseForm {

	private UUID draftId = UUID.randomUUID();

	private String title = "";

	private String description = "";

	private @Nullable String kind;

	private List<Domain> domains = new ArrayList<>();

	private List<String> principles = new ArrayList<>();

	private List<UUID> evidence = new ArrayList<>();

	/** Sessions whose shared summary is cited as evidence. */
	private List<UUID> sessions = new ArrayList<>();

	private String circleId = "";

	private String audience = "";

	private boolean anonymous;

	private @Nullable UUID story;

	public UUID getDraftId() {
		return draftId;
	}

	public void setDraftId(@Nullable UUID draftId) {
		this.draftId = draftId == null ? UUID.randomUUID() : draftId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public List<Domain> getDomains() {
		return domains;
	}

	public void setDomains(@Nullable List<Domain> domains) {
		this.domains = domains == null ? new ArrayList<>() : new ArrayList<>(domains);
	}

	public List<String> getPrinciples() {
		return principles;
	}

	public void setPrinciples(@Nullable List<String> principles) {
		this.principles = principles == null ? new ArrayList<>() : new ArrayList<>(principles);
	}

	public List<UUID> getEvidence() {
		return evidence;
	}

	public void setEvidence(@Nullable List<UUID> evidence) {
		this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
	}

	public List<UUID> getSessions() {
		return sessions;
	}

	public void setSessions(@Nullable List<UUID> sessions) {
		this.sessions = sessions == null ? new ArrayList<>() : new ArrayList<>(sessions);
	}

	public String getCircleId() {
		return circleId;
	}

	public void setCircleId(@Nullable String circleId) {
		this.circleId = circleId == null ? "" : circleId;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(@Nullable String audience) {
		this.audience = audience == null ? "" : audience;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public @Nullable UUID getStory() {
		return story;
	}

	public void setStory(@Nullable UUID story) {
		this.story = story;
	}

}

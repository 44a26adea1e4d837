package nl.meesterschap.practice.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.PrincipleLink;
import nl.meesterschap.practice.internal.StoryContent;

/**
 * The editor form. It may carry only part of a story (one step in step-by-step mode): fields left null keep
 * the stored value, so nothing typed elsewhere is lost.
 */
public class StoryForm {

	private @Nullable String title;

	private Map<String, String> steps = new LinkedHashMap<>();

	private @Nullable List<Domain> domains;

	private @Nullable String tags;

	private @Nullable List<String> principleCodes;

	private Map<String, String> principleNotes = new LinkedHashMap<>();

	private @Nullable Boolean discretionUsed;

	private @Nullable String discretionNote;

	private @Nullable String audience;

	static StoryForm of(StoryContent content) {
		StoryForm form = new StoryForm();
		form.title = content.title();
		form.steps = new LinkedHashMap<>(content.steps());
		form.domains = new ArrayList<>(content.domains());
		form.tags = String.join(", ", content.tags());
		form.principleCodes = new ArrayList<>(content.principles().stream().map(PrincipleLink::code).toList());
		content.principles().forEach(p -> form.principleNotes.put(p.code(), p.note() == null ? "" : p.note()));
		form.discretionUsed = content.discretionUsed();
		form.discretionNote = content.discretionNote() == null ? "" : content.discretionNote();
		form.audience = encode(content.audience());
		return form;
	}

	/** The stored content with what this form carries laid over it. */
	StoryContent over(StoryContent stored) {
		Map<String, String> mergedSteps = new LinkedHashMap<>(stored.steps());
		mergedSteps.putAll(steps);
		List<PrincipleLink> principles = stored.principles();
		UUID koers = principles.isEmpty() ? new UUID(0, 0) : principles.get(0).koersOrganisationId();
		if (principleCodes != null) {
			principles = principleCodes.stream()
				.map(code -> new PrincipleLink(koers, code, principleNotes.getOrDefault(code, null)))
				.toList();
		}
		return new StoryContent(title == null ? stored.title() : title, domains == null ? stored.domains() : domains,
				tags == null ? stored.tags() : splitTags(tags), mergedSteps, principles,
				discretionUsed == null ? stored.discretionUsed() : discretionUsed,
				discretionNote == null ? stored.discretionNote() : discretionNote,
				audience == null ? stored.audience() : decode(audience, stored.audience()));
	}

	static List<String> splitTags(String tags) {
		return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	static String encode(Audience audience) {
		return audience.scopeId() == null ? audience.kind().name() : audience.kind().name() + ":" + audience.scopeId();
	}

	/** Parses "TEAM:<id>" and friends; anything unreadable keeps the old audience (the rules then check it). */
	static Audience decode(String value, Audience fallback) {
		try {
			String[] parts = value.split(":", 2);
			AudienceKind kind = AudienceKind.valueOf(parts[0]);
			return new Audience(kind, parts.length == 2 ? UUID.fromString(parts[1]) : null);
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public Map<String, String> getSteps() {
		return steps;
	}

	public void setSteps(Map<String, String> steps) {
		this.steps = steps;
	}

	public @Nullable List<Domain> getDomains() {
		return domains;
	}

	public void setDomains(@Nullable List<Domain> domains) {
		this.domains = domains;
	}

	public @Nullable String getTags() {
		return tags;
	}

	public void setTags(@Nullable String tags) {
		this.tags = tags;
	}

	public @Nullable List<String> getPrincipleCodes() {
		return principleCodes;
	}

	public void setPrincipleCodes(@Nullable List<String> principleCodes) {
		this.principleCodes = principleCodes;
	}

	public Map<String, String> getPrincipleNotes() {
		return principleNotes;
	}

	public void setPrincipleNotes(Map<String, String> principleNotes) {
		this.principleNotes = principleNotes;
	}

	public @Nullable Boolean getDiscretionUsed() {
		return discretionUsed;
	}

	public void setDiscretionUsed(@Nullable Boolean discretionUsed) {
		this.discretionUsed = discretionUsed;
	}

	public @Nullable String getDiscretionNote() {
		return discretionNote;
	}

	public void setDiscretionNote(@Nullable String discretionNote) {
		this.discretionNote = discretionNote;
	}

	public @Nullable String getAudience() {
		return audience;
	}

	public void setAudience(@Nullable String audience) {
		this.audience = audience;
	}

}

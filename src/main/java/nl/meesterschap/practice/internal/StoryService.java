package nl.meesterschap.practice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StoryWithdrawn;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Writing and sharing practice stories. Drafts save freely (they are private); publishing, and every change to a
 * published story, passes the privacy guard first and keeps the previous published text as a revision. Only
 * the author changes a story; anyone else gets "not found".
 */
@Service
@Transactional
public class StoryService {

	static final String SUBJECT = "story";

	private final StoryRepository stories;

	private final StorySnapshots snapshots;

	private final ReflectionModels models;

	private final People people;

	private final Koersen koersen;

	private final PrivacyGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoryService(StoryRepository stories, StorySnapshots snapshots, ReflectionModels models, People people,
			Koersen koersen, PrivacyGuard guard, ApplicationEventPublisher events, Clock clock) {
		this.stories = stories;
		this.snapshots = snapshots;
		this.models = models;
		this.people = people;
		this.koersen = koersen;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/** A new, empty draft with the chosen reflection model; shared with the organisation once published. */
	public Story createDraft(UUID authorId, String modelCode, String title) {
		ReflectionModel model = models.find(modelCode)
			.orElseThrow(() -> new InvalidInputException("model", "story.model.unknown", modelCode));
		Viewer author = people.viewer(authorId);
		StoryContent empty = new StoryContent(title, List.of(), List.of(), Map.of(), List.of(), false, null,
				Audience.organisation(author.organisationId()));
		StoryContent content = StoryRules.check(empty, model, author, null, false);
		Instant now = clock.instant();
		Story story = new Story(UUID.randomUUID(), authorId, author.organisationId(), model.code(), content,
				StoryStatus.DRAFT, 0, now, now, null);
		stories.insert(story);
		return story;
	}

	/** Saves what the author wrote; a draft directly, a published story as its working copy (not yet shared). */
	public SaveResult save(UUID authorId, UUID storyId, StoryContent content) {
		Story story = owned(authorId, storyId);
		StoryContent clean = check(story, content, false);
		Instant now = clock.instant();
		if (story.published()) {
			stories.saveWorkingCopy(storyId, snapshots.write(clean), now);
		}
		else {
			stories.update(new Story(story.id(), authorId, story.organisationId(), story.model(), clean, story.status(),
					story.revision(), story.createdAt(), now, story.publishedAt()));
		}
		return new SaveResult(now, guard.blocking(subject(storyId), clean.sharedTexts()));
	}

	/** Creates a story and, when asked, publishes it in one go (the API's POST). */
	public Story create(UUID authorId, String modelCode, StoryContent content, boolean publish) {
		Story draft = createDraft(authorId, modelCode, "");
		if (publish) {
			return publish(authorId, draft.id(), content);
		}
		save(authorId, draft.id(), content);
		return owned(authorId, draft.id());
	}

	/**
	 * Shares the story with its audience. Refused while personal data remains
	 * ({@link PublishRefusedException}); then nothing changes.
	 */
	public Story publish(UUID authorId, UUID storyId, StoryContent content) {
		Story story = owned(authorId, storyId);
		StoryContent clean = check(story, content, true);
		List<FieldFinding> findings = guard.blocking(subject(storyId), clean.sharedTexts());
		if (!findings.isEmpty()) {
			throw new PublishRefusedException(findings);
		}
		Instant now = clock.instant();
		boolean first = story.status() != StoryStatus.PUBLISHED;
		int revision = story.revision();
		if (!first) {
			stories.insertRevision(storyId, revision, snapshots.write(story.content()), now);
			revision++;
		}
		Story published = new Story(storyId, authorId, story.organisationId(), story.model(), clean,
				StoryStatus.PUBLISHED, revision, story.createdAt(), now, first ? now : story.publishedAt());
		stories.update(published);
		stories.deleteWorkingCopy(storyId);
		events.publishEvent(new StoryPublished(storyId, authorId, story.organisationId(),
				clean.audience().key(authorId), revision, first, now));
		return published;
	}

	public void archive(UUID authorId, UUID storyId) {
		Story story = owned(authorId, storyId);
		if (story.status() == StoryStatus.ARCHIVED) {
			return;
		}
		Instant now = clock.instant();
		stories.update(new Story(storyId, authorId, story.organisationId(), story.model(), story.content(),
				StoryStatus.ARCHIVED, story.revision(), story.createdAt(), now, story.publishedAt()));
		stories.deleteWorkingCopy(storyId);
		if (story.published()) {
			events.publishEvent(new StoryWithdrawn(storyId, authorId, false, now));
		}
	}

	/** Deletes the story, its revisions and working copy for good. */
	public void delete(UUID authorId, UUID storyId) {
		Story story = owned(authorId, storyId);
		stories.delete(storyId);
		if (story.published()) {
			events.publishEvent(new StoryWithdrawn(storyId, authorId, true, clock.instant()));
		}
	}

	/** Drops the autosaved edits of a published story. */
	public void discardWorkingCopy(UUID authorId, UUID storyId) {
		owned(authorId, storyId);
		stories.deleteWorkingCopy(storyId);
	}

	/** The text the author is working on: the working copy of a published story if there is one. */
	@Transactional(readOnly = true)
	public Editing editing(UUID authorId, UUID storyId) {
		Story story = owned(authorId, storyId);
		return stories.workingCopy(storyId)
			.map(copy -> new Editing(story, snapshots.read(copy.snapshot()), copy.at()))
			.orElse(new Editing(story, story.content(), null));
	}

	/**
	 * Replaces one finding in the text being edited by a placeholder. The expected text must still be at that
	 * place (the author may have typed since); otherwise nothing changes.
	 */
	public boolean replace(UUID authorId, UUID storyId, String field, int start, String expected, String replacement) {
		Editing editing = editing(authorId, storyId);
		String text = editing.content().text(field);
		int at = text == null || expected.isEmpty() ? -1 : nearest(text, expected, start);
		if (at < 0) {
			return false;
		}
		String changed = text.substring(0, at) + replacement + text.substring(at + expected.length());
		save(authorId, storyId, editing.content().withText(field, changed));
		return true;
	}

	/** Where {@code expected} stands closest to {@code start} (the author may have typed before it since). */
	private static int nearest(String text, String expected, int start) {
		int best = -1;
		for (int at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
			if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
				best = at;
			}
		}
		return best;
	}

	/** Findings that would block sharing this content of the story. */
	@Transactional(readOnly = true)
	public List<FieldFinding> findingsFor(UUID storyId, StoryContent content) {
		return guard.blocking(subject(storyId), content.sharedTexts());
	}

	/** The author says a finding is not personal data (audited by the privacy module; never for a BSN). */
	public void waive(UUID authorId, UUID storyId, FindingType type, String text) {
		Story story = owned(authorId, storyId);
		guard.waive(authorId, story.organisationId(), subject(storyId), type, text);
	}

	/** Findings that block sharing the text being edited. */
	@Transactional(readOnly = true)
	public List<FieldFinding> findings(UUID authorId, UUID storyId) {
		return guard.blocking(subject(storyId), editing(authorId, storyId).content().sharedTexts());
	}

	@Transactional(readOnly = true)
	public Optional<Story> visible(UUID storyId, Viewer viewer) {
		return stories.find(storyId)
			.filter(s -> s.authorId().equals(viewer.personId())
					|| (s.published() && !stories.isHidden(s.id()) && AccessPolicy.maySee(viewer, s)))
			.map(this::ordered);
	}

	/** True when a moderator hid the story (only its author still sees it). */
	@Transactional(readOnly = true)
	public boolean hidden(UUID storyId) {
		return stories.isHidden(storyId);
	}

	/** A moderator hid or restored the story: leave it out (or bring it back) for readers and search. */
	public void moderated(UUID storyId, boolean hidden) {
		stories.find(storyId).ifPresent(story -> {
			stories.setHidden(storyId, hidden);
			if (story.published()) {
				Instant now = clock.instant();
				events.publishEvent(hidden ? new StoryWithdrawn(storyId, story.authorId(), false, now)
						: new StoryPublished(storyId, story.authorId(), story.organisationId(),
								story.audience().key(story.authorId()), story.revision(), false, now));
			}
		});
	}

	@Transactional(readOnly = true)
	public Story owned(UUID authorId, UUID storyId) {
		return stories.find(storyId)
			.filter(s -> s.authorId().equals(authorId))
			.map(this::ordered)
			.orElseThrow(ItemNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Revision> revisions(UUID authorId, UUID storyId) {
		owned(authorId, storyId);
		return stories.revisions(storyId).stream()
			.map(r -> new Revision(r.revision(), snapshots.read(r.snapshot()), r.at()))
			.toList();
	}

	@Transactional(readOnly = true)
	public StoryPage list(StoryQuery query) {
		StoryRepository.Page<UUID> ids = stories.search(query);
		return new StoryPage(stories.load(ids.items()).stream().map(this::ordered).toList(), ids.total(), ids.page(),
				ids.size());
	}

	public ReflectionModel model(Story story) {
		return models.get(story.model());
	}

	private StoryContent check(Story story, StoryContent content, boolean publishing) {
		Viewer author = people.viewer(story.authorId());
		KoersVersion koers = koersen.applicableTo(author).orElse(null);
		return StoryRules.check(content, models.get(story.model()), author, koers, publishing);
	}

	/** Steps in the order of the story's model. */
	private Story ordered(Story story) {
		ReflectionModel model = models.get(story.model());
		Map<String, String> steps = new java.util.LinkedHashMap<>();
		model.stepKeys().forEach(key -> steps.put(key, story.content().steps().getOrDefault(key, "")));
		StoryContent c = story.content();
		return new Story(story.id(), story.authorId(), story.organisationId(), story.model(),
				new StoryContent(c.title(), c.domains(), c.tags(), steps, c.principles(), c.discretionUsed(),
						c.discretionNote(), c.audience()),
				story.status(), story.revision(), story.createdAt(), story.updatedAt(), story.publishedAt());
	}

	static PrivacySubject subject(UUID storyId) {
		return new PrivacySubject(SUBJECT, storyId);
	}

	/** The outcome of a save: when, and what the privacy guard still finds (which would block sharing). */
	public record SaveResult(Instant savedAt, List<FieldFinding> findings) {
	}

	/** What the editor shows: the story and the content being worked on (with the time of unsaved edits). */
	public record Editing(Story story, StoryContent content, @Nullable Instant workingCopySavedAt) {
	}

	/** An earlier published text. */
	public record Revision(int revision, StoryContent content, Instant replacedAt) {
	}

	/** One page of stories. */
	public record StoryPage(List<Story> stories, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

}

package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.web.ApiProblemException;

/**
 * The case a session is about. The case bringer attaches one of their own stories and/or writes a short case.
 * The text is always saved, but the rest of the circle sees it only once the privacy guard finds nothing in it;
 * until then the case bringer sees the findings in place, with a replacement for each.
 */
@Service("circlesCaseService")
@Transactional
public class CaseService {

	static final String SUBJECT = "session-case";

	private final Access access;

	private final PreparationRepository preparation;

	private final Stories stories;

	private final People people;

	private final PrivacyGuard guard;

	private final Clock clock;

	CaseService(Access access, PreparationRepository preparation, Stories stories, People people, PrivacyGuard guard,
			Clock clock) {
		this.access = access;
		this.preparation = preparation;
		this.stories = stories;
		this.people = people;
		this.guard = guard;
		this.clock = clock;
	}

	/** Saves the case; answers what the privacy guard still finds (then only the case bringer sees the text). */
	public List<FieldFinding> save(UUID personId, UUID sessionId, @Nullable UUID storyId, @Nullable String title,
			@Nullable String text) {
		SessionContext context = Access.open(bringer(sessionId, personId));
		Check check = new Check();
		String cleanTitle = check.optional("caseTitle", title, 200);
		String cleanText = check.optional("caseText", text, 5000);
		if (storyId != null && ownStories(personId).stream().noneMatch(s -> s.id().equals(storyId))) {
			check.add("storyId", "session.case.story-unknown");
		}
		if (storyId == null && cleanTitle.isEmpty() && cleanText.isEmpty()) {
			check.add("caseText", "session.case.empty");
		}
		check.throwIfAny();
		SessionCase draft = new SessionCase(sessionId, storyId, cleanTitle, cleanText, false, clock.instant());
		List<FieldFinding> findings = guard.blocking(subject(sessionId), draft.texts());
		preparation.saveCase(new SessionCase(sessionId, storyId, cleanTitle, cleanText, findings.isEmpty(),
				draft.updatedAt()));
		return findings;
	}

	/** The case as this member may see it: the case bringer always, others once it is cleared. */
	@Transactional(readOnly = true)
	public Optional<SessionCase> visibleTo(SessionContext context) {
		return preparation.findCase(context.session().id()).filter(c -> c.cleared() || context.bringsCase());
	}

	/** Whether a case was brought but is still held back by the privacy guard. */
	@Transactional(readOnly = true)
	public boolean heldBack(SessionContext context) {
		return preparation.findCase(context.session().id()).filter(c -> !c.cleared()).isPresent();
	}

	@Transactional(readOnly = true)
	public List<FieldFinding> findings(SessionContext context) {
		return context.bringsCase() ? preparation.findCase(context.session().id())
			.map(c -> guard.blocking(subject(c.sessionId()), c.texts()))
			.orElse(List.of()) : List.of();
	}

	/** The case bringer's own stories to attach one: published first (the circle may read those), then drafts. */
	@Transactional(readOnly = true)
	public List<StorySummary> ownStories(UUID personId) {
		return stories.ownedBy(people.viewer(personId)).stream()
			.filter(s -> s.status() != StoryStatus.ARCHIVED)
			.sorted(java.util.Comparator.comparing((StorySummary s) -> s.status() != StoryStatus.PUBLISHED))
			.toList();
	}

	/** The attached story, when this member may read it (its audience decides, as everywhere). */
	@Transactional(readOnly = true)
	public Optional<StorySummary> story(SessionCase sessionCase, UUID personId) {
		if (sessionCase.storyId() == null) {
			return Optional.empty();
		}
		Viewer viewer = people.viewer(personId);
		return stories.visible(sessionCase.storyId(), viewer);
	}

	/** Replaces one finding by a placeholder, if the expected text is still at about that place. */
	public boolean replace(UUID personId, UUID sessionId, String field, int start, String expected, String replacement) {
		Access.open(bringer(sessionId, personId));
		SessionCase current = preparation.findCase(sessionId).orElse(null);
		if (current == null || expected.isEmpty()) {
			return false;
		}
		String text = "caseTitle".equals(field) ? current.title() : "caseText".equals(field) ? current.body() : null;
		int at = text == null ? -1 : Texts.nearest(text, expected, start);
		if (at < 0) {
			return false;
		}
		String changed = text.substring(0, at) + replacement + text.substring(at + expected.length());
		save(personId, sessionId, current.storyId(), "caseTitle".equals(field) ? changed : current.title(),
				"caseText".equals(field) ? changed : current.body());
		return true;
	}

	/** "This is not personal data", for this case only; audited by the privacy module; never for a BSN. */
	public void waive(UUID personId, UUID sessionId, FindingType type, String text) {
		Access.open(bringer(sessionId, personId));
		guard.waive(personId, people.viewer(personId).organisationId(), subject(sessionId), type, text);
		preparation.findCase(sessionId).ifPresent(c -> preparation.saveCase(new SessionCase(sessionId, c.storyId(),
				c.title(), c.body(), guard.blocking(subject(sessionId), c.texts()).isEmpty(), clock.instant())));
	}

	private SessionContext bringer(UUID sessionId, UUID personId) {
		SessionContext context = access.member(sessionId, personId);
		if (!context.bringsCase()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "session.case.bringer-only");
		}
		return context;
	}

	static PrivacySubject subject(UUID sessionId) {
		return new PrivacySubject(SUBJECT, sessionId);
	}

}

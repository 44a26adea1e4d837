package nl.meesterschap.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.conversation.ResponseChanged;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Posting, editing and deleting responses, marking them helpful and reacting. Every text passes the privacy
 * guard first; posting is limited per person; a quick second post in a thread may join the first.
 */
@Service
@Transactional
public class ResponseService {

	static final String SUBJECT = "response";

	private final ResponseRepository responses;

	private final ReactionRepository reactions;

	private final ModerationRepository moderation;

	private final ConversationAccess access;

	private final Mentions mentions;

	private final PrivacyGuard guard;

	private final People people;

	private final ConversationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResponseService(ResponseRepository responses, ReactionRepository reactions, ModerationRepository moderation,
			ConversationAccess access, Mentions mentions, PrivacyGuard guard, People people,
			ConversationSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.responses = responses;
		this.reactions = reactions;
		this.moderation = moderation;
		this.access = access;
		this.mentions = mentions;
		this.guard = guard;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts a response (or, with a parent, a reply). {@code draftId} becomes the response's id, so "not personal
	 * data" decisions made before posting stay with it.
	 */
	public ResponseRow post(UUID authorId, String subjectKind, UUID subjectId, @Nullable UUID parentId,
			@Nullable ResponseKind kind, String body, UUID draftId, Join join) {
		return post(authorId, subjectKind, subjectId, parentId, kind, body, draftId, join, null);
	}

	/** As {@link #post}, written at {@code at} when given (imports; no limit on posts per period then). */
	ResponseRow post(UUID authorId, String subjectKind, UUID subjectId, @Nullable UUID parentId,
			@Nullable ResponseKind kind, String body, UUID draftId, Join join, @Nullable Instant at) {
		Viewer viewer = access.viewer(authorId);
		Subject subject = access.respondable(subjectKind, subjectId, viewer);
		ResponseRow parent = parentId == null ? null : parent(subject, parentId);
		String text = checkText(body, parent == null && kind == null);
		blockPersonalData(draftId, text);
		Instant now = at == null ? clock.instant() : at;
		if (join != Join.NEW) {
			Optional<ResponseRow> previous = joinable(subject, parent, authorId, now);
			if (previous.isPresent() && join == Join.ASK) {
				throw new JoinOfferException(previous.get().id());
			}
			if (previous.isPresent()) {
				String joined = previous.get().body() + "\n\n" + text;
				responses.edit(previous.get(), checkText(joined, false), now);
				announceChange(previous.get(), false);
				return responses.find(previous.get().id()).orElseThrow();
			}
		}
		if (at == null && responses.countByAuthorSince(authorId, now.minus(settings.window())) >= settings.maxResponses()) {
			throw new RateLimitedException(settings.maxResponses(), settings.window());
		}
		State state = premoderated(authorId, subject.organisationId(), now) ? State.PENDING : State.VISIBLE;
		ResponseRow row = new ResponseRow(draftId, subjectKind, subjectId, parent == null ? null : parent.id(), authorId,
				viewer.organisationId(), parent == null ? kind : null, text, state, false, null, now, null, 0);
		responses.insert(row);
		if (state == State.VISIBLE) {
			announce(row, subject, parent);
		}
		return row;
	}

	/** Replaces the text of one's own response; the earlier text stays visible to moderators. */
	public ResponseRow edit(UUID authorId, UUID responseId, String body) {
		ResponseRow row = own(authorId, responseId);
		String text = checkText(body, false);
		blockPersonalData(responseId, text);
		responses.edit(row, text, clock.instant());
		announceChange(row, false);
		return responses.find(responseId).orElseThrow();
	}

	/** Removes one's own response; replies keep a placeholder. */
	public void delete(UUID authorId, UUID responseId) {
		ResponseRow row = own(authorId, responseId);
		responses.setStatus(responseId, State.DELETED, null);
		announceChange(row, true);
	}

	/** Only changes to what others can see are news; a pending response was never announced. */
	private void announceChange(ResponseRow row, boolean removed) {
		if (row.status() == State.VISIBLE) {
			events.publishEvent(new ResponseChanged(row.id(), row.subjectKind(), row.subjectId(), row.authorId(),
					removed, clock.instant()));
		}
	}

	/** The subject's owner marks a colleague's response as "heeft mij geholpen" (or takes it back). */
	public void markHelpful(UUID ownerId, UUID responseId, boolean helpful) {
		ResponseRow row = responses.find(responseId).filter(r -> r.status() == State.VISIBLE)
			.orElseThrow(ItemNotFoundException::new);
		Subject subject = access.visible(row.subjectKind(), row.subjectId(), access.viewer(ownerId));
		if (!subject.ownerId().equals(ownerId) || row.parentId() != null || row.authorId().equals(ownerId)) {
			throw new ApiProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "conversation.helpful.owner-only");
		}
		responses.setHelpful(responseId, helpful);
		if (helpful && !row.helpful()) {
			events.publishEvent(new ResponseMarkedHelpful(responseId, row.subjectKind(), row.subjectId(), row.authorId(),
					ownerId, clock.instant()));
		}
	}

	/** Adds or takes back "herkenbaar" or "leerzaam" on a subject or a response the person may see. */
	public boolean react(UUID personId, String targetKind, UUID targetId, ReactionKind kind, boolean on) {
		Viewer viewer = access.viewer(personId);
		UUID ownerId;
		if (targetKind.equals(SUBJECT)) {
			ResponseRow row = responses.find(targetId).filter(r -> r.status() == State.VISIBLE)
				.orElseThrow(ItemNotFoundException::new);
			access.visible(row.subjectKind(), row.subjectId(), viewer);
			ownerId = row.authorId();
		}
		else {
			ownerId = access.visible(targetKind, targetId, viewer).ownerId();
		}
		if (ownerId.equals(personId)) {
			throw new InvalidInputException("kind", "conversation.reaction.own");
		}
		return on ? reactions.add(targetKind, targetId, personId, kind, clock.instant())
				: reactions.remove(targetKind, targetId, personId, kind);
	}

	/** Findings that would stop this text from being posted (for the form to show before posting). */
	@Transactional(readOnly = true)
	public List<FieldFinding> findings(UUID draftId, String text) {
		return guard.blocking(new PrivacySubject(SUBJECT, draftId), Map.of("body", text));
	}

	@Transactional(readOnly = true)
	public Optional<ResponseRow> find(UUID responseId) {
		return responses.find(responseId);
	}

	private void announce(ResponseRow row, Subject subject, @Nullable ResponseRow parent) {
		events.publishEvent(new ResponsePosted(row.id(), row.subjectKind(), row.subjectId(), subject.ownerId(),
				row.parentId(), parent == null ? null : parent.authorId(), row.authorId(), row.kind(), row.createdAt()));
		mentions.announce(row, subject);
	}

	/** Publishes a response that waited for a moderator. */
	void approved(ResponseRow row) {
		Subject subject = access.visible(row.subjectKind(), row.subjectId(), access.viewer(row.authorId()));
		ResponseRow parent = row.parentId() == null ? null : responses.find(row.parentId()).orElse(null);
		announce(row, subject, parent);
	}

	private ResponseRow parent(Subject subject, UUID parentId) {
		ResponseRow parent = responses.find(parentId)
			.filter(p -> p.subjectKind().equals(subject.kind()) && p.subjectId().equals(subject.id()))
			.filter(p -> p.status() == State.VISIBLE)
			.orElseThrow(() -> new InvalidInputException("parentId", "conversation.parent.unknown"));
		if (parent.parentId() != null) {
			throw new InvalidInputException("parentId", "conversation.parent.one-level");
		}
		return parent;
	}

	/** The writer's last post in this thread, when it is recent and nobody answered after it. */
	private Optional<ResponseRow> joinable(Subject subject, @Nullable ResponseRow parent, UUID authorId, Instant now) {
		UUID parentId = parent == null ? null : parent.id();
		List<ResponseRow> thread = new ArrayList<>(responses.ofSubject(subject.kind(), subject.id()).stream()
			.filter(r -> java.util.Objects.equals(r.parentId(), parentId))
			.filter(r -> r.status() == State.VISIBLE || r.status() == State.PENDING)
			.toList());
		thread.sort(Comparator.comparing(ResponseRow::createdAt));
		if (thread.isEmpty()) {
			return Optional.empty();
		}
		ResponseRow last = thread.get(thread.size() - 1);
		boolean recent = last.createdAt().plus(settings.joinWithin()).isAfter(now);
		return last.authorId().equals(authorId) && recent ? Optional.of(last) : Optional.empty();
	}

	private boolean premoderated(UUID authorId, UUID organisationId, Instant now) {
		ModerationRepository.Settings orgSettings = moderation.settings(organisationId);
		if (!orgSettings.premoderateNewAccounts()) {
			return false;
		}
		Instant created = people.person(authorId).map(PersonSummary::createdAt).orElse(now);
		return created.plus(Duration.ofDays(orgSettings.newAccountDays())).isAfter(now);
	}

	private ResponseRow own(UUID authorId, UUID responseId) {
		ResponseRow row = responses.find(responseId).filter(r -> r.status() != State.DELETED)
			.orElseThrow(ItemNotFoundException::new);
		if (!row.authorId().equals(authorId)) {
			Viewer viewer = access.viewer(authorId);
			access.visible(row.subjectKind(), row.subjectId(), viewer);
			throw new ApiProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "conversation.response.not-yours");
		}
		return row;
	}

	private String checkText(String body, boolean kindMissing) {
		List<Violation> violations = new ArrayList<>();
		String text = body == null ? "" : body.replace("\r\n", "\n").strip();
		if (text.isEmpty()) {
			violations.add(new Violation("body", "conversation.body.required"));
		}
		else if (text.length() > settings.maxLength()) {
			violations.add(new Violation("body", "conversation.body.too-long", settings.maxLength(), text.length()));
		}
		if (kindMissing) {
			violations.add(new Violation("kind", "conversation.kind.required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return text;
	}

	private void blockPersonalData(UUID id, String text) {
		List<FieldFinding> findings = findings(id, text);
		if (!findings.isEmpty()) {
			throw new ResponseRefusedException(findings);
		}
	}

}

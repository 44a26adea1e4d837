package nl.meesterschap.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.FlagReason;
import nl.meesterschap.conversation.ItemModerated;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Flags and moderation. Privacy concerns go to the privacy officer of the item's organisation, everything else
 * to its moderators. Hiding and restoring need a reason the author sees; every decision is logged.
 */
@Service
@Transactional
public class ModerationService {

	static final String STORY = "story";

	private final ModerationRepository moderation;

	private final ResponseRepository responses;

	private final ResponseService responseService;

	private final ConversationAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationService(ModerationRepository moderation, ResponseRepository responses, ResponseService responseService,
			ConversationAccess access, ApplicationEventPublisher events, Clock clock) {
		this.moderation = moderation;
		this.responses = responses;
		this.responseService = responseService;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Anyone who can see a story or response may flag it, once. */
	public void flag(UUID personId, String targetKind, UUID targetId, FlagReason reason, @Nullable String note) {
		Viewer viewer = access.viewer(personId);
		UUID organisationId = target(targetKind, targetId, viewer).organisationId();
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 2000) {
			throw new InvalidInputException("note", "conversation.flag.note-too-long", 2000);
		}
		if (moderation.flagged(targetKind, targetId, personId)) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "conversation.flag.twice");
		}
		moderation.insertFlag(new ModerationRepository.Flag(UUID.randomUUID(), targetKind, targetId, organisationId,
				personId, reason, cleanNote, "OPEN", clock.instant()));
	}

	/** Open flags this person handles: privacy concerns for a privacy officer, the rest for a moderator. */
	@Transactional(readOnly = true)
	public List<ModerationRepository.Flag> queue(UUID personId) {
		Viewer viewer = access.viewer(personId);
		List<ModerationRepository.Flag> flags = new java.util.ArrayList<>();
		viewer.rolesByOrganisation().forEach((organisationId, roles) -> {
			if (roles.contains(Role.PRIVACY_OFFICER)) {
				flags.addAll(moderation.openFlags(organisationId, true));
			}
			if (roles.contains(Role.MODERATOR)) {
				flags.addAll(moderation.openFlags(organisationId, false));
			}
		});
		return flags;
	}

	/** Hides a story or response, with a reason its author sees. */
	public void hide(UUID moderatorId, String targetKind, UUID targetId, String reason) {
		Target target = moderated(moderatorId, targetKind, targetId);
		String why = reason(reason);
		Instant now = clock.instant();
		if (targetKind.equals(ResponseService.SUBJECT)) {
			responses.setStatus(targetId, State.HIDDEN, why);
		}
		else {
			moderation.hide(targetKind, targetId, why, moderatorId, now);
		}
		moderation.decide(targetKind, targetId, moderatorId, "HIDDEN", why, now);
		moderation.log(target.organisationId(), moderatorId, "HIDE", targetKind, targetId, why, now);
		events.publishEvent(new ItemModerated(targetKind, targetId, true, moderatorId, now));
	}

	/** Shows a hidden story or response again, with a reason. */
	public void restore(UUID moderatorId, String targetKind, UUID targetId, String reason) {
		Target target = moderated(moderatorId, targetKind, targetId);
		String why = reason(reason);
		Instant now = clock.instant();
		if (targetKind.equals(ResponseService.SUBJECT)) {
			responses.setStatus(targetId, State.VISIBLE, null);
		}
		else {
			moderation.unhide(targetKind, targetId);
		}
		moderation.log(target.organisationId(), moderatorId, "RESTORE", targetKind, targetId, why, now);
		events.publishEvent(new ItemModerated(targetKind, targetId, false, moderatorId, now));
	}

	/** Closes the flags on an item without action. */
	public void dismiss(UUID moderatorId, String targetKind, UUID targetId, String reason) {
		Target target = moderated(moderatorId, targetKind, targetId);
		String why = reason(reason);
		Instant now = clock.instant();
		moderation.decide(targetKind, targetId, moderatorId, "DISMISSED", why, now);
		moderation.log(target.organisationId(), moderatorId, "DISMISS", targetKind, targetId, why, now);
	}

	/** Lets a response of a new account through. */
	public void approve(UUID moderatorId, UUID responseId) {
		ResponseRow row = responses.find(responseId).filter(r -> r.status() == State.PENDING)
			.orElseThrow(ItemNotFoundException::new);
		moderated(moderatorId, ResponseService.SUBJECT, responseId);
		responses.setStatus(responseId, State.VISIBLE, null);
		moderation.log(row.organisationId(), moderatorId, "APPROVE", ResponseService.SUBJECT, responseId, null,
				clock.instant());
		responseService.approved(row);
	}

	@Transactional(readOnly = true)
	public List<ResponseRepository.Revision> history(UUID moderatorId, UUID responseId) {
		moderated(moderatorId, ResponseService.SUBJECT, responseId);
		return responses.revisions(responseId);
	}

	@Transactional(readOnly = true)
	public List<ModerationRepository.LogEntry> log(UUID moderatorId) {
		Viewer viewer = access.viewer(moderatorId);
		if (!access.moderates(viewer, viewer.organisationId())) {
			throw new ItemNotFoundException();
		}
		return moderation.log(viewer.organisationId(), 100);
	}

	@Transactional(readOnly = true)
	public ModerationRepository.Settings settings(UUID organisationId) {
		return moderation.settings(organisationId);
	}

	public void saveSettings(UUID actorId, boolean premoderate, int days) {
		Viewer viewer = access.viewer(actorId);
		if (!viewer.hasRole(Role.ADMIN) && !viewer.hasRole(Role.MODERATOR)) {
			throw new ItemNotFoundException();
		}
		if (days < 1 || days > 365) {
			throw new InvalidInputException("newAccountDays", "conversation.settings.days");
		}
		moderation.saveSettings(viewer.organisationId(), new ModerationRepository.Settings(premoderate, days));
		moderation.log(viewer.organisationId(), actorId, "SETTINGS", "organisation", viewer.organisationId(),
				premoderate + "/" + days, clock.instant());
	}

	/** The item's organisation, when the person may moderate it (moderator or privacy officer there). */
	private Target moderated(UUID moderatorId, String targetKind, UUID targetId) {
		Viewer viewer = access.viewer(moderatorId);
		Target target = rawTarget(targetKind, targetId);
		if (!access.moderates(viewer, target.organisationId())) {
			throw new ItemNotFoundException();
		}
		return target;
	}

	private Target target(String targetKind, UUID targetId, Viewer viewer) {
		if (targetKind.equals(ResponseService.SUBJECT)) {
			ResponseRow row = responses.find(targetId).filter(r -> r.status() == State.VISIBLE)
				.orElseThrow(ItemNotFoundException::new);
			access.visible(row.subjectKind(), row.subjectId(), viewer);
			return new Target(row.organisationId());
		}
		Subject subject = access.visible(targetKind, targetId, viewer);
		return new Target(subject.organisationId());
	}

	private Target rawTarget(String targetKind, UUID targetId) {
		if (targetKind.equals(ResponseService.SUBJECT)) {
			return new Target(responses.find(targetId).orElseThrow(ItemNotFoundException::new).organisationId());
		}
		return access.subject(targetKind, targetId).map(s -> new Target(s.organisationId()))
			.orElseThrow(ItemNotFoundException::new);
	}

	private static String reason(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 1000) {
			throw new InvalidInputException("reason", "conversation.moderation.reason.error", 1000);
		}
		return why;
	}

	private record Target(UUID organisationId) {
	}

}

package nl.meesterschap.conversation.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.conversation.Subject;
import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** Who may see, respond to and moderate a subject. */
@Component
class ConversationAccess {

	private final SubjectRegistry subjects;

	private final ModerationRepository moderation;

	private final People people;

	ConversationAccess(SubjectRegistry subjects, ModerationRepository moderation, People people) {
		this.subjects = subjects;
		this.moderation = moderation;
		this.people = people;
	}

	/** The subject when the viewer may see it (or moderates it); otherwise not found. */
	Subject visible(String kind, UUID id, Viewer viewer) {
		Subject subject = subjects.find(kind, id).orElseThrow(ItemNotFoundException::new);
		if (!AccessPolicy.maySee(viewer, subject) && !moderates(viewer, subject.organisationId())) {
			throw new ItemNotFoundException();
		}
		return subject;
	}

	/** The subject when the viewer may respond to it now. */
	Subject respondable(String kind, UUID id, Viewer viewer) {
		Subject subject = subjects.find(kind, id).orElseThrow(ItemNotFoundException::new);
		if (!AccessPolicy.maySee(viewer, subject)) {
			throw new ItemNotFoundException();
		}
		if (!subject.open() || moderation.hiddenReason(kind, id).isPresent()) {
			throw new InvalidInputException("", "conversation.subject.closed");
		}
		return subject;
	}

	/** The subject whoever asks (for moderators reaching hidden items). */
	java.util.Optional<Subject> subject(String kind, UUID id) {
		return subjects.find(kind, id);
	}

	boolean moderates(Viewer viewer, UUID organisationId) {
		return viewer.hasRole(organisationId, Role.MODERATOR) || viewer.hasRole(organisationId, Role.PRIVACY_OFFICER);
	}

	Viewer viewer(UUID personId) {
		return people.viewer(personId);
	}

}

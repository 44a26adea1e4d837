package nl.meesterschap.circles.internal;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Who may see and do what with a session. Anyone who is not an active member of its circle (an invited person, a
 * colleague of the same organisation, an administrator) gets "not found"; members may read; those who lead may
 * change.
 */
@Component("circlesAccess")
class Access {

	private final SessionRepository sessions;

	private final CircleRepository circles;

	private final MethodRepository methods;

	Access(SessionRepository sessions, CircleRepository circles, MethodRepository methods) {
		this.sessions = sessions;
		this.circles = circles;
		this.methods = methods;
	}

	SessionContext member(UUID sessionId, UUID personId) {
		Session session = sessions.find(sessionId).orElseThrow(ItemNotFoundException::new);
		Membership me = circles.membership(session.circleId(), personId)
			.filter(Membership::active)
			.orElseThrow(ItemNotFoundException::new);
		Circle circle = circles.find(session.circleId()).orElseThrow(ItemNotFoundException::new);
		return new SessionContext(session, circle, methods.find(session.methodId()).orElseThrow(), me);
	}

	SessionContext leader(UUID sessionId, UUID personId) {
		SessionContext context = member(sessionId, personId);
		if (!context.leads()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "session.lead-only");
		}
		return context;
	}

	SessionContext noteTaker(UUID sessionId, UUID personId) {
		SessionContext context = member(sessionId, personId);
		if (!context.takesNotes()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "session.notes-only");
		}
		return context;
	}

	/** A leader, on a session that is not closed or cancelled. */
	SessionContext openForLeader(UUID sessionId, UUID personId) {
		return open(leader(sessionId, personId));
	}

	static SessionContext open(SessionContext context) {
		if (!context.open()) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "session.closed");
		}
		return context;
	}

}

package nl.meesterschap.circles.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.web.ApiProblemException;

/**
 * One change of a session as the API sends it (details, roles and status in one request), applied in one
 * transaction: when any part is refused, nothing changes. A closed or cancelled session no longer changes.
 */
@Service("circlesSessionUpdates")
@Transactional
public class SessionUpdates {

	private final SessionService sessions;

	private final AttendanceService attendance;

	SessionUpdates(SessionService sessions, AttendanceService attendance) {
		this.sessions = sessions;
		this.attendance = attendance;
	}

	public SessionContext apply(UUID byId, UUID sessionId, SessionService.@Nullable SessionInput details,
			Session.@Nullable Roles roles, Session.@Nullable Status status) {
		SessionContext context = sessions.context(sessionId, byId);
		if (!context.open()) {
			if (details != null || roles != null || (status != null && status != context.session().status())) {
				throw new ApiProblemException(HttpStatus.CONFLICT, "session.closed");
			}
			return context;
		}
		if (details != null) {
			sessions.update(byId, sessionId, details);
		}
		if (roles != null) {
			sessions.assignRoles(byId, sessionId, roles);
		}
		if (status == Session.Status.CANCELLED) {
			sessions.cancel(byId, sessionId);
		}
		else if (status == Session.Status.HELD) {
			attendance.close(byId, sessionId);
		}
		return sessions.context(sessionId, byId);
	}

}

package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.web.InvalidInputException;

/**
 * The facilitator confirms who attended and for how long, then closes the session. Closing needs that
 * attendance; it gives every participant a reflection activity for their learning record ({@link SessionAttended}),
 * which counts for registration hours only from 60 net minutes.
 */
@Service("circlesAttendanceService")
@Transactional
public class AttendanceService {

	private final Access access;

	private final OutcomeRepository outcomes;

	private final SessionRepository sessions;

	private final CircleService circles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttendanceService(Access access, OutcomeRepository outcomes, SessionRepository sessions, CircleService circles,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.outcomes = outcomes;
		this.sessions = sessions;
		this.circles = circles;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Attendance> attendance(SessionContext context) {
		return outcomes.attendance(context.session().id());
	}

	/** Replaces the attendance of a session that is not closed yet; every active member may be listed once. */
	public List<Attendance> record(UUID byId, UUID sessionId, @Nullable ReflectionKind kind,
			List<AttendanceInput> input) {
		SessionContext context = access.openForLeader(sessionId, byId);
		List<UUID> members = circles.activeMemberIds(context.circle().id());
		int longest = context.session().durationMinutes();
		Check check = new Check();
		if (kind == null) {
			check.add("kind", "circle.input.choose");
		}
		Set<UUID> seen = new HashSet<>();
		List<Attendance> attendance = new ArrayList<>();
		Instant now = clock.instant();
		for (int i = 0; i < input.size(); i++) {
			AttendanceInput a = input.get(i);
			String field = "attendees[" + i + "].";
			if (a.personId() == null || !members.contains(a.personId())) {
				check.add(field + "personId", "session.role.not-member");
				continue;
			}
			if (!seen.add(a.personId())) {
				check.add(field + "personId", "session.attendance.twice");
				continue;
			}
			int minutes = a.attended() ? (a.netMinutes() == null ? longest : a.netMinutes()) : 0;
			if (a.attended() && (minutes < 1 || minutes > longest)) {
				check.add(field + "netMinutes", "session.attendance.minutes-range", longest);
			}
			SessionRole role = a.role() == null ? context.session().roleOf(a.personId()) : a.role();
			attendance.add(new Attendance(a.personId(), a.attended(), minutes, role, byId, now));
		}
		long present = attendance.stream().filter(Attendance::attended).count();
		if (present > context.method().maxParticipants()) {
			check.add("attendees", "session.attendance.too-many", context.method().maxParticipants(), present);
		}
		check.throwIfAny();
		outcomes.replaceAttendance(sessionId, attendance);
		Session s = context.session();
		if (kind != s.reflectionKind()) {
			sessions.update(new Session(s.id(), s.circleId(), s.methodId(), s.title(), s.startsAt(), s.endsAt(),
					s.place(), s.onlineUrl(), s.status(), s.sequence(), kind, s.roles(), s.currentStep(),
					s.facilitationStartedAt(), s.closedAt(), s.createdBy(), s.createdAt(), now));
		}
		return attendance;
	}

	/** Closes the session: nothing changes any more, and each participant's attendance is announced. */
	public Session close(UUID byId, UUID sessionId) {
		SessionContext context = access.openForLeader(sessionId, byId);
		Session session = context.session();
		Instant now = clock.instant();
		if (now.isBefore(session.startsAt())) {
			throw new InvalidInputException("", "session.close.too-early");
		}
		List<Attendance> attendance = outcomes.attendance(sessionId);
		if (attendance.stream().noneMatch(Attendance::attended)) {
			throw new InvalidInputException("attendance", "session.close.attendance-required");
		}
		Session closed = session.with(Session.Status.HELD, session.sequence(), now);
		sessions.update(closed);
		attendance.stream().filter(Attendance::attended).forEach(a -> events.publishEvent(new SessionAttended(
				a.personId(), sessionId, session.circleId(), session.reflectionKind(), a.netMinutes(), a.role(),
				session.startsAt(), a.countsForRegistration())));
		return closed;
	}

	/** One line of the attendance form; without minutes an attendee was there the whole session. */
	public record AttendanceInput(@Nullable UUID personId, boolean attended, @Nullable Integer netMinutes,
			@Nullable SessionRole role) {
	}

}

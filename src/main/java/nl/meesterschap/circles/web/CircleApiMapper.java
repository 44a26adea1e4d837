package nl.meesterschap.circles.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.internal.Attendance;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Membership;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.web.CircleApiModel.Answer;
import nl.meesterschap.circles.web.CircleApiModel.AttendanceResponse;
import nl.meesterschap.circles.web.CircleApiModel.Attendee;
import nl.meesterschap.circles.web.CircleApiModel.CircleResponse;
import nl.meesterschap.circles.web.CircleApiModel.Member;
import nl.meesterschap.circles.web.CircleApiModel.MethodView;
import nl.meesterschap.circles.web.CircleApiModel.Roles;
import nl.meesterschap.circles.web.CircleApiModel.SessionRequest;
import nl.meesterschap.circles.web.CircleApiModel.SessionResponse;

/** Circles and sessions as the API shows them. */
@Component("circlesCircleApiMapper")
class CircleApiMapper {

	private final CircleService circles;

	private final SessionService sessions;

	private final Names names;

	CircleApiMapper(CircleService circles, SessionService sessions, Names names) {
		this.circles = circles;
		this.sessions = sessions;
		this.names = names;
	}

	CircleResponse circle(Circle circle, UUID viewerId) {
		List<Membership> members = circles.members(circle.id(), viewerId);
		Map<UUID, String> display = names.of(members.stream().map(Membership::personId).toList());
		String role = members.stream().filter(m -> m.personId().equals(viewerId)).findFirst()
			.map(m -> m.role().name()).orElse(Membership.Role.MEMBER.name());
		return new CircleResponse(circle.id(), circle.name(), circle.kind().name(), circle.description(),
				circle.ownerOrganisationId(), circle.networkId(), role,
				members.stream().map(m -> new Member(m.personId(), display.getOrDefault(m.personId(), ""),
						m.role().name(), m.status().name())).toList(),
				"/leerkringen/" + circle.id());
	}

	SessionResponse session(SessionContext context) {
		Session s = context.session();
		Locale locale = LocaleContextHolder.getLocale();
		return new SessionResponse(s.id(), s.circleId(), context.circle().name(), s.title(),
				new MethodView(context.method().code(), context.method().name(locale), context.method().steps().size(),
						context.method().totalMinutes(), context.method().minParticipants(),
						context.method().maxParticipants()),
				s.startsAt(), s.endsAt(), s.place(), s.onlineUrl(), s.status().name(), s.sequence(),
				s.reflectionKind().name(), new Roles(s.roles().facilitatorId(), s.roles().timeKeeperId(),
						s.roles().noteTakerId(), s.roles().caseBringerId()),
				sessions.rsvps(context).stream().map(r -> new Answer(r.personId(), r.answer().name())).toList(),
				"/api/v1/sessions/" + s.id() + ".ics", "/sessies/" + s.id());
	}

	AttendanceResponse attendance(SessionContext context, List<Attendance> attendance) {
		Map<UUID, String> display = names.of(attendance.stream().map(Attendance::personId).toList());
		return new AttendanceResponse(context.session().reflectionKind().name(), !context.open(),
				attendance.stream().map(a -> new Attendee(a.personId(), display.getOrDefault(a.personId(), ""),
						a.attended(), a.netMinutes(), a.role().name(), a.countsForRegistration())).toList());
	}

	static SessionService.SessionInput details(SessionRequest body) {
		return new SessionService.SessionInput(body.method(), instant(body.startsAt()), instant(body.endsAt()),
				body.place(), body.onlineUrl(), body.title());
	}

	static Session.Roles roles(Roles roles) {
		return new Session.Roles(roles.facilitatorId(), roles.timeKeeperId(), roles.noteTakerId(), roles.caseBringerId());
	}

	private static java.time.@Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}

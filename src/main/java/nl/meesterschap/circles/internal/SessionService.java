package nl.meesterschap.circles.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.SessionChanged;
import nl.meesterschap.circles.SessionScheduled;
import nl.meesterschap.web.InvalidInputException;

/**
 * Planning sessions: when, where, which method and who has which role; members answer whether they come. Every
 * change an invitation shows raises its iCalendar SEQUENCE and is announced ({@link SessionChanged}).
 */
@Service("circlesSessionService")
@Transactional
public class SessionService {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final Duration LONGEST = Duration.ofHours(8);

	private final SessionRepository sessions;

	private final CircleService circles;

	private final MethodService methods;

	private final PreparationRepository preparation;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionService(SessionRepository sessions, CircleService circles, MethodService methods,
			PreparationRepository preparation, Access access, ApplicationEventPublisher events,
			Clock clock) {
		this.sessions = sessions;
		this.circles = circles;
		this.methods = methods;
		this.preparation = preparation;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The session for an active member of its circle; "not found" for anyone else. */
	@Transactional(readOnly = true)
	public SessionContext context(UUID sessionId, UUID personId) {
		return access.member(sessionId, personId);
	}

	@Transactional(readOnly = true)
	public List<Session> ofCircle(UUID circleId, UUID personId) {
		circles.ofMember(circleId, personId);
		return sessions.ofCircle(circleId);
	}

	@Transactional(readOnly = true)
	public List<Session> upcomingFor(UUID personId, int limit) {
		return sessions.upcomingFor(personId, clock.instant(), limit);
	}

	/** A circle facilitator plans a session; they lead it unless someone else is given the role later. */
	public Session plan(UUID byId, UUID circleId, SessionInput input) {
		return plan(byId, circleId, input, null);
	}

	/** Plans with roles given at once (the API); without them the planner facilitates. */
	public Session plan(UUID byId, UUID circleId, SessionInput input, Session.@Nullable Roles roles) {
		Circle circle = circles.ofMember(circleId, byId);
		circles.requireFacilitator(circle, byId);
		Method method = check(circle, input, null);
		Session.Roles chosen = roles == null ? new Session.Roles(byId, null, null, null) : roles;
		if (roles != null) {
			checkRoles(roles, circles.activeMemberIds(circleId));
		}
		Instant now = clock.instant();
		Session session = new Session(UUID.randomUUID(), circleId, method.id(), blankToNull(input.title()),
				input.startsAt(), input.endsAt(), blankToNull(input.place()), blankToNull(input.onlineUrl()),
				Session.Status.PLANNED, 0, circle.kind().reflectionKind(), chosen, null, null, null, byId, now, now);
		sessions.insert(session);
		events.publishEvent(new SessionScheduled(session.id(), circleId, circle.name(), session.startsAt(),
				session.endsAt(), byId, circles.activeMemberIds(circleId), session.sequence()));
		return session;
	}

	/** Changes time, place, link, title or method of a planned session. */
	public Session update(UUID byId, UUID sessionId, SessionInput input) {
		SessionContext context = access.openForLeader(sessionId, byId);
		Session old = context.session();
		Method method = check(context.circle(), input, old);
		if (context.session().started() && !method.id().equals(old.methodId())) {
			throw new InvalidInputException("method", "session.method.started");
		}
		Session changed = new Session(old.id(), old.circleId(), method.id(), blankToNull(input.title()),
				input.startsAt(), input.endsAt(), blankToNull(input.place()), blankToNull(input.onlineUrl()),
				old.status(), old.sequence(), old.reflectionKind(), old.roles(), old.currentStep(),
				old.facilitationStartedAt(), old.closedAt(), old.createdBy(), old.createdAt(), clock.instant());
		return saveChange(context, changed, byId);
	}

	public Session cancel(UUID byId, UUID sessionId) {
		SessionContext context = access.openForLeader(sessionId, byId);
		Session cancelled = context.session().with(Session.Status.CANCELLED, context.session().sequence(), clock.instant());
		return saveChange(context, cancelled, byId);
	}

	/** Who facilitates, keeps time, takes notes and brings the case: active members only. */
	public Session assignRoles(UUID byId, UUID sessionId, Session.Roles roles) {
		SessionContext context = access.openForLeader(sessionId, byId);
		checkRoles(roles, circles.activeMemberIds(context.circle().id()));
		Session old = context.session();
		if (!Objects.equals(old.roles().caseBringerId(), roles.caseBringerId())) {
			preparation.deleteCase(sessionId);
		}
		Session changed = new Session(old.id(), old.circleId(), old.methodId(), old.title(), old.startsAt(),
				old.endsAt(), old.place(), old.onlineUrl(), old.status(), old.sequence(), old.reflectionKind(), roles,
				old.currentStep(), old.facilitationStartedAt(), old.closedAt(), old.createdBy(), old.createdAt(),
				clock.instant());
		return saveChange(context, changed, byId);
	}

	public void rsvp(UUID personId, UUID sessionId, Rsvp.@Nullable Answer answer) {
		Access.open(access.member(sessionId, personId));
		if (answer == null) {
			throw new InvalidInputException("answer", "circle.input.choose");
		}
		preparation.saveRsvp(sessionId, new Rsvp(personId, answer, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Rsvp> rsvps(SessionContext context) {
		return preparation.rsvps(context.session().id());
	}

	/** Saves a change; when the invitation shows it, SEQUENCE goes up and the change is announced. */
	private Session saveChange(SessionContext context, Session changed, UUID byId) {
		Session old = context.session();
		boolean visible = changed.status() != old.status() || !changed.startsAt().equals(old.startsAt())
				|| !changed.endsAt().equals(old.endsAt()) || !Objects.equals(changed.place(), old.place())
				|| !Objects.equals(changed.onlineUrl(), old.onlineUrl()) || !Objects.equals(changed.title(), old.title())
				|| !changed.methodId().equals(old.methodId())
				|| !Objects.equals(changed.roles().facilitatorId(), old.roles().facilitatorId());
		Session saved = visible ? new Session(changed.id(), changed.circleId(), changed.methodId(), changed.title(),
				changed.startsAt(), changed.endsAt(), changed.place(), changed.onlineUrl(), changed.status(),
				old.sequence() + 1, changed.reflectionKind(), changed.roles(), changed.currentStep(),
				changed.facilitationStartedAt(), changed.closedAt(), changed.createdBy(), changed.createdAt(),
				changed.updatedAt()) : changed;
		sessions.update(saved);
		if (visible) {
			events.publishEvent(new SessionChanged(saved.id(), saved.circleId(), context.circle().name(),
					saved.startsAt(), saved.endsAt(), byId, circles.activeMemberIds(saved.circleId()), saved.sequence(),
					saved.status() == Session.Status.CANCELLED));
		}
		return saved;
	}

	/** Checks a plan; answers the method to use. */
	private Method check(Circle circle, SessionInput input, @Nullable Session existing) {
		Check check = new Check();
		Method method = methods.byCode(circle, input.method()).orElse(null);
		if (method == null) {
			check.add("method", input.method() == null || input.method().isBlank() ? "session.method.required"
					: "session.method.unknown", input.method() == null ? "" : input.method());
		}
		else {
			int members = circles.activeMemberIds(circle.id()).size();
			if (members > method.maxParticipants()) {
				check.add("method", "session.method.too-many", method.maxParticipants(), members);
			}
		}
		check.optional("title", input.title(), 200);
		Instant start = input.startsAt();
		Instant end = input.endsAt();
		if (start == null) {
			check.add("startsAt", "session.when.required");
		}
		if (end == null) {
			check.add("endsAt", "session.when.required");
		}
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				check.add("endsAt", "session.when.end-before-start");
			}
			else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				check.add("endsAt", "session.when.too-long", LONGEST.toHours());
			}
			else {
				sessions.overlapping(circle.id(), start, end, existing == null ? null : existing.id()).stream()
					.findFirst()
					.ifPresent(other -> check.add("startsAt", "session.overlap", when(other)));
			}
		}
		String place = check.optional("place", input.place(), 200);
		String url = check.optional("onlineUrl", input.onlineUrl(), 500);
		if (place.isEmpty() && url.isEmpty()) {
			check.add("place", "session.where.required");
		}
		if (!url.isEmpty() && !webAddress(url)) {
			check.add("onlineUrl", "session.online-url.invalid");
		}
		check.throwIfAny();
		return method;
	}

	private static void checkRoles(Session.Roles roles, List<UUID> members) {
		Check check = new Check();
		member(check, "facilitatorId", roles.facilitatorId(), members);
		member(check, "timeKeeperId", roles.timeKeeperId(), members);
		member(check, "noteTakerId", roles.noteTakerId(), members);
		member(check, "caseBringerId", roles.caseBringerId(), members);
		if (roles.facilitatorId() == null) {
			check.add("facilitatorId", "session.role.facilitator-required");
		}
		check.throwIfAny();
	}

	private static void member(Check check, String field, @Nullable UUID personId, List<UUID> members) {
		if (personId != null && !members.contains(personId)) {
			check.add(field, "session.role.not-member");
		}
	}

	static boolean webAddress(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** A session's time for a message, e.g. "10-12-2026 14:00–15:30". */
	static String when(Session session) {
		return DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(session.startsAt().atZone(ZONE)) + "–"
				+ DateTimeFormatter.ofPattern("HH:mm").format(session.endsAt().atZone(ZONE));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A plan as typed: the method by its code, the times, a place and/or an online link, an optional title. */
	public record SessionInput(@Nullable String method, @Nullable Instant startsAt, @Nullable Instant endsAt,
			@Nullable String place, @Nullable String onlineUrl, @Nullable String title) {
	}

}

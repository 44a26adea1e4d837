package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Rsvp;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionCalendar;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SessionUpdates;
import nl.meesterschap.circles.web.CircleApiModel.AttendanceRequest;
import nl.meesterschap.circles.web.CircleApiModel.AttendanceResponse;
import nl.meesterschap.circles.web.CircleApiModel.AttendeeRequest;
import nl.meesterschap.circles.web.CircleApiModel.SessionRequest;
import nl.meesterschap.circles.web.CircleApiModel.SessionResponse;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.web.InvalidInputException;

/** One session over the API: read it, change it, its attendance, and its calendar invitation. Non-members get 404. */
@RestController("circlesSessionApiController")
@RequestMapping("/api/v1/sessions")
@Tag(name = "sessions", description = "Sessies van leerkringen")
class SessionApiController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final SessionService sessions;

	private final SessionUpdates updates;

	private final AttendanceService attendance;

	private final CircleService circles;

	private final SessionCalendar calendar;

	private final CircleApiMapper mapper;

	private final Names names;

	SessionApiController(SessionService sessions, SessionUpdates updates, AttendanceService attendance,
			CircleService circles, SessionCalendar calendar, CircleApiMapper mapper, Names names) {
		this.sessions = sessions;
		this.updates = updates;
		this.attendance = attendance;
		this.circles = circles;
		this.calendar = calendar;
		this.mapper = mapper;
		this.names = names;
	}

	@GetMapping("/{sessionId}")
	@Operation(operationId = "getSession", summary = "Eén sessie; 404 als je geen lid van de kring bent",
			description = "De agenda-uitnodiging (text/calendar) staat op /sessions/{sessionId}.ics (zie calendarUrl).")
	SessionResponse get(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId) {
		return mapper.session(sessions.context(sessionId, me.personId()));
	}

	@PutMapping("/{sessionId}")
	@Operation(operationId = "updateSession", summary = "Wijzig een sessie (wie de sessie leidt)",
			description = "Vervangt tijd, plek, methode en titel (stuur je die niet mee, dan blijven ze zoals ze zijn); "
					+ "roles en status zijn niet verplicht. Elke zichtbare "
					+ "wijziging verhoogt de SEQUENCE van de agenda-uitnodiging. Een afgesloten of geannuleerde sessie "
					+ "verandert niet meer (409).")
	@ApiResponse(responseCode = "403", description = "Je leidt deze sessie niet")
	@ApiResponse(responseCode = "404", description = "De sessie bestaat niet, of je bent geen lid")
	@ApiResponse(responseCode = "409", description = "De sessie is al afgesloten of geannuleerd")
	SessionResponse update(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId,
			@RequestBody(required = false) @Nullable SessionRequest request) {
		SessionRequest body = CircleApiController.required(request);
		Session.Status status = null;
		if (body.status() != null && !body.status().isBlank()) {
			status = switch (body.status().strip().toUpperCase(Locale.ROOT)) {
				case "CANCELLED" -> Session.Status.CANCELLED;
				case "HELD" -> Session.Status.HELD;
				case "PLANNED" -> Session.Status.PLANNED;
				default -> throw new InvalidInputException("status", "circle.input.unknown-value", body.status());
			};
		}
		boolean details = body.method() != null || body.startsAt() != null || body.endsAt() != null
				|| body.place() != null || body.onlineUrl() != null || body.title() != null;
		SessionContext context = updates.apply(me.personId(), sessionId, details ? CircleApiMapper.details(body) : null,
				body.roles() == null ? null : CircleApiMapper.roles(body.roles()),
				status == Session.Status.PLANNED ? null : status);
		return mapper.session(context);
	}

	@GetMapping("/{sessionId}/attendance")
	@Operation(operationId = "getSessionAttendance", summary = "Wie er was en hoe lang")
	AttendanceResponse getAttendance(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId) {
		SessionContext context = sessions.context(sessionId, me.personId());
		return mapper.attendance(context, attendance.attendance(context));
	}

	@PutMapping("/{sessionId}/attendance")
	@Operation(operationId = "updateSessionAttendance", summary = "Leg de aanwezigheid vast (wie de sessie leidt)",
			description = "Vervangt de hele lijst. Alleen leden, elk één keer, met 1 tot de duur van de sessie aan netto "
					+ "minuten; niet meer aanwezigen dan de methode toelaat. Afsluiten doe je met status HELD op de sessie.")
	@ApiResponse(responseCode = "403", description = "Je leidt deze sessie niet")
	@ApiResponse(responseCode = "409", description = "De sessie is al afgesloten")
	AttendanceResponse putAttendance(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId,
			@RequestBody(required = false) @Nullable AttendanceRequest request) {
		AttendanceRequest body = CircleApiController.required(request);
		ReflectionKind given = value(ReflectionKind.class, body.kind());
		ReflectionKind kind = given != null ? given : sessions.context(sessionId, me.personId()).session().reflectionKind();
		List<AttendeeRequest> attendees = body.attendees() == null ? List.of() : body.attendees();
		List<AttendanceService.AttendanceInput> input = attendees.stream()
			.map(a -> new AttendanceService.AttendanceInput(a == null ? null : a.personId(),
					a != null && !Boolean.FALSE.equals(a.attended()), a == null ? null : a.netMinutes(),
					a == null ? null : value(SessionRole.class, a.role())))
			.toList();
		attendance.record(me.personId(), sessionId, kind, input);
		SessionContext context = sessions.context(sessionId, me.personId());
		return mapper.attendance(context, attendance.attendance(context));
	}

	/** The invitation as an iCalendar file (documented with getSession: a dot in a path is not kebab-case). */
	@Hidden
	@GetMapping(path = "/{sessionId}.ics")
	ResponseEntity<String> calendar(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId,
			Locale locale) {
		SessionContext context = sessions.context(sessionId, me.personId());
		List<UUID> members = circles.activeMemberIds(context.circle().id());
		Map<UUID, PersonSummary> people = names.people(members);
		UUID organizerId = context.session().roles().facilitatorId() != null ? context.session().roles().facilitatorId()
				: context.session().createdBy();
		PersonSummary organizer = names.people(List.of(organizerId)).get(organizerId);
		Map<UUID, Rsvp.Answer> answers = sessions.rsvps(context).stream()
			.collect(Collectors.toMap(Rsvp::personId, Rsvp::answer));
		String ics = calendar.invitation(context, organizer,
				members.stream().map(people::get).filter(java.util.Objects::nonNull).toList(), answers, locale);
		String file = "sessie-" + context.session().startsAt().atZone(CircleTimes.ZONE).toLocalDate() + ".ics";
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(ics);
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(type == ReflectionKind.class ? "kind" : "role", "circle.input.unknown-value",
					value);
		}
	}

}

package nl.meesterschap.circles.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.web.CircleApiModel.CircleList;
import nl.meesterschap.circles.web.CircleApiModel.CircleRequest;
import nl.meesterschap.circles.web.CircleApiModel.CircleResponse;
import nl.meesterschap.circles.web.CircleApiModel.SessionList;
import nl.meesterschap.circles.web.CircleApiModel.SessionRequest;
import nl.meesterschap.circles.web.CircleApiModel.SessionResponse;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;

/** Learning circles over the API: my circles, starting one, and its sessions. Non-members get 404. */
@RestController("circlesCircleApiController")
@RequestMapping("/api/v1/circles")
@Tag(name = "circles", description = "Leerkringen (intervisie, moreel beraad)")
class CircleApiController {

	private final CircleService circles;

	private final SessionService sessions;

	private final CircleApiMapper mapper;

	CircleApiController(CircleService circles, SessionService sessions, CircleApiMapper mapper) {
		this.circles = circles;
		this.sessions = sessions;
		this.mapper = mapper;
	}

	@GetMapping
	@Operation(operationId = "listCircles", summary = "De leerkringen waar jij lid van bent")
	CircleList list(@AuthenticationPrincipal AuthenticatedPerson me) {
		return new CircleList(circles.mine(me.personId()).stream().map(c -> mapper.circle(c, me.personId())).toList());
	}

	@PostMapping
	@Operation(operationId = "createCircle", summary = "Start een leerkring",
			description = "Je wordt de eerste begeleider. Nodig daarna collega’s uit op de pagina van de kring; "
					+ "zij worden lid zodra ze de vertrouwelijkheidsafspraken aannemen.")
	@ApiResponse(responseCode = "201", description = "Aangemaakt")
	ResponseEntity<CircleResponse> create(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable CircleRequest request) {
		CircleRequest body = required(request);
		Circle circle = circles.create(me.personId(),
				new CircleService.CircleInput(body.name(), body.kind(), body.description(), body.networkId()));
		return ResponseEntity.created(URI.create("/api/v1/circles/" + circle.id()))
			.body(mapper.circle(circle, me.personId()));
	}

	@GetMapping("/{circleId}/sessions")
	@Operation(operationId = "listCircleSessions", summary = "De sessies van een leerkring, nieuwste eerst",
			description = "Alleen voor leden; anders 404.")
	SessionList sessions(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID circleId) {
		List<Session> list = sessions.ofCircle(circleId, me.personId());
		return new SessionList(list.stream().map(s -> mapper.session(sessions.context(s.id(), me.personId()))).toList());
	}

	@PostMapping("/{circleId}/sessions")
	@Operation(operationId = "planSession", summary = "Plan een sessie (alleen begeleiders van de kring)",
			description = "Geweigerd (400) bij een overlap met een andere sessie van de kring, een methode voor minder "
					+ "deelnemers dan de kring leden heeft, of een inbrenger die geen lid is.")
	@ApiResponse(responseCode = "201", description = "Gepland")
	@ApiResponse(responseCode = "403", description = "Je bent geen begeleider van deze kring")
	@ApiResponse(responseCode = "404", description = "De kring bestaat niet, of je bent geen lid")
	ResponseEntity<SessionResponse> plan(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID circleId,
			@RequestBody(required = false) @Nullable SessionRequest request) {
		SessionRequest body = required(request);
		Session session = sessions.plan(me.personId(), circleId, CircleApiMapper.details(body),
				body.roles() == null ? null : CircleApiMapper.roles(body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
			.body(mapper.session(sessions.context(session.id(), me.personId())));
	}

	static <T> T required(@Nullable T body) {
		if (body == null) {
			throw new InvalidInputException("", "circle.api.body-required");
		}
		return body;
	}

}

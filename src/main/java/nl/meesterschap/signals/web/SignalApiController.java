package nl.meesterschap.signals.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.AnswerService;
import nl.meesterschap.signals.internal.EndorsementService;
import nl.meesterschap.signals.internal.EvidenceKind;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.PrivacyRefusedException;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.StatusCommand;
import nl.meesterschap.signals.web.SignalApiModel.EndorsementCreated;
import nl.meesterschap.signals.web.SignalApiModel.EndorsementRequest;
import nl.meesterschap.signals.web.SignalApiModel.EvidenceInput;
import nl.meesterschap.signals.web.SignalApiModel.SignalJson;
import nl.meesterschap.signals.web.SignalApiModel.SignalList;
import nl.meesterschap.signals.web.SignalApiModel.SignalRequest;
import nl.meesterschap.signals.web.SignalApiModel.StatusRequest;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ProblemWriter;

/** Signals over the API: the same rules, privacy guard, access and anonymity as the pages. */
@RestController
@RequestMapping("/api/v1/signals")
@Tag(name = "signals", description = "Signalen uit de praktijk aan beleid, herkenning en het antwoord van beleid")
class SignalApiController {

	private final SignalService signals;

	private final EndorsementService endorsements;

	private final AnswerService answers;

	private final SignalLookup lookup;

	private final SignalReader reader;

	private final BoardQueries queries;

	private final ProblemWriter problems;

	SignalApiController(SignalService signals, EndorsementService endorsements, AnswerService answers,
			SignalLookup lookup, SignalReader reader, BoardQueries queries, ProblemWriter problems) {
		this.signals = signals;
		this.endorsements = endorsements;
		this.answers = answers;
		this.lookup = lookup;
		this.reader = reader;
		this.queries = queries;
		this.problems = problems;
	}

	@GetMapping
	@Operation(operationId = "listSignals", summary = "Signalen die jij mag zien")
	SignalList list(@AuthenticationPrincipal AuthenticatedPerson me,
			@Parameter(description = "RECEIVED, IN_CONSIDERATION, ADOPTED, NOT_ADOPTED of ANSWERED") @RequestParam(required = false) @Nullable String status,
			@Parameter(description = "JEUGD, WMO of PARTICIPATIE") @RequestParam(required = false) @Nullable String domain,
			@Parameter(description = "Soort signaal, bijvoorbeeld WAITING_LIST") @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = "Code van een principe uit je koers, bijvoorbeeld P1") @RequestParam(required = false) @Nullable String principle,
			@Parameter(description = "recognition (meest herkend), newest (standaard) of oldest") @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "true: alleen signalen die te lang op een eerste antwoord wachten") @RequestParam(defaultValue = "false") boolean overdue,
			@Parameter(description = "me: alleen signalen die jij gaf") @RequestParam(required = false) @Nullable String raisedBy,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		Viewer viewer = lookup.viewer(me.personId());
		List<Violation> violations = new ArrayList<>();
		SignalStatus chosenStatus = Enums.parse(SignalStatus.class, status, "status", violations);
		Domain chosenDomain = Enums.parse(Domain.class, domain, "domain", violations);
		SignalKind chosenKind = Enums.parse(SignalKind.class, kind, "kind", violations);
		BoardQueries.SortOrder order = BoardQueries.SortOrder.fromApi(sort, violations);
		if (raisedBy != null && !raisedBy.equals("me")) {
			violations.add(new Violation("raisedBy", "signals.api.raised-by-me"));
		}
		if (page < 1 || size < 1 || size > 100) {
			violations.add(new Violation(page < 1 ? "page" : "size", "signals.api.paging"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		SignalReader.Page result = reader.page(queries.board(viewer, chosenStatus, chosenDomain, chosenKind, principle,
				order, overdue, raisedBy == null ? null : me.personId(), page - 1, size), viewer);
		return new SignalList(result.total(), page, size, result.cards().stream()
			.map(card -> SignalJsonMapper.json(reader.view(card.signal(), viewer)))
			.toList());
	}

	@PostMapping
	@Operation(operationId = "createSignal", summary = "Geef een signaal aan beleid",
			description = "De titel en beschrijving gaan eerst door de privacytoets; vindt die persoonsgegevens, dan "
					+ "422 met de vondsten en is er niets gedeeld.")
	@ApiResponse(responseCode = "201", description = "Gegeven")
	@ApiResponse(responseCode = "422", description = "Persoonsgegevens gevonden; findings noemt ze")
	ResponseEntity<SignalJson> create(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable SignalRequest request) {
		if (request == null) {
			throw new InvalidInputException("", "signals.api.body-required");
		}
		List<Violation> violations = new ArrayList<>();
		SignalKind kind = Enums.parse(SignalKind.class, request.kind(), "kind", violations);
		List<Domain> domains = Enums.parseAll(Domain.class, request.domains(), "domains", violations);
		AudienceKind audience = Enums.parse(AudienceKind.class, request.audience(), "audience", violations);
		List<EvidenceRef> evidence = evidence(request.evidence(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Signal signal = signals.raise(me.personId(), new RaiseCommand(UUID.randomUUID(),
				request.title() == null ? "" : request.title(),
				request.description() == null ? "" : request.description(), kind, domains,
				request.principles() == null ? List.of() : request.principles().stream().filter(p -> p != null).toList(),
				evidence, request.circleId(), audience, request.audienceScope(), Boolean.TRUE.equals(request.anonymous())));
		Viewer viewer = lookup.viewer(me.personId());
		return ResponseEntity.created(URI.create("/api/v1/signals/" + signal.id()))
			.body(SignalJsonMapper.json(reader.view(signal, viewer)));
	}

	@GetMapping("/{signalId}")
	@Operation(operationId = "getSignal", summary = "Eén signaal met zijn antwoorden; 404 als je het niet mag zien")
	@ApiResponse(responseCode = "200", description = "Het signaal zoals jij het mag zien")
	@ApiResponse(responseCode = "404", description = "Het signaal bestaat niet of je mag het niet zien")
	SignalJson get(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID signalId) {
		return SignalJsonMapper.json(reader.view(signalId, lookup.viewer(me.personId())));
	}

	@PostMapping("/{signalId}/endorsements")
	@Operation(operationId = "endorseSignal", summary = "Ik herken dit (één keer per persoon, niet je eigen signaal)")
	@ApiResponse(responseCode = "201", description = "Herkend")
	@ApiResponse(responseCode = "403", description = "Je eigen signaal")
	@ApiResponse(responseCode = "404", description = "Het signaal bestaat niet of je mag het niet zien")
	@ApiResponse(responseCode = "409", description = "Je herkende dit signaal al")
	ResponseEntity<EndorsementCreated> endorse(@AuthenticationPrincipal AuthenticatedPerson me,
			@PathVariable UUID signalId, @RequestBody(required = false) @Nullable EndorsementRequest request) {
		List<Violation> violations = new ArrayList<>();
		List<EvidenceRef> evidence = evidence(request == null ? null : request.evidence(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		UUID id = endorsements.endorse(me.personId(), signalId, evidence);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + signalId + "/endorsements/" + id))
			.body(new EndorsementCreated(id));
	}

	@DeleteMapping("/{signalId}/endorsements/{endorsementId}")
	@Operation(operationId = "withdrawEndorsement", summary = "Trek je herkenning in (alleen je eigen)")
	@ApiResponse(responseCode = "204", description = "Ingetrokken")
	@ApiResponse(responseCode = "403", description = "De herkenning van iemand anders")
	@ApiResponse(responseCode = "404", description = "Niet gevonden, of je mag het signaal niet zien")
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID signalId,
			@PathVariable UUID endorsementId) {
		endorsements.withdraw(me.personId(), signalId, endorsementId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{signalId}/status")
	@Operation(operationId = "changeSignalStatus", summary = "Zet een signaal een stap verder, met een openbaar antwoord",
			description = "Alleen voor beleidsadviseurs en teamleiders van de organisatie die antwoordt. Van RECEIVED "
					+ "naar IN_CONSIDERATION of een besluit (ADOPTED, NOT_ADOPTED, ANSWERED); IN_CONSIDERATION mag een "
					+ "tussenbericht krijgen; NOT_ADOPTED en ANSWERED kunnen terug naar IN_CONSIDERATION; ADOPTED is "
					+ "definitief en noemt koersVersion en principle.")
	@ApiResponse(responseCode = "200", description = "De nieuwe stand van het signaal")
	@ApiResponse(responseCode = "403", description = "Je mag dit signaal zien, maar niet beantwoorden")
	@ApiResponse(responseCode = "404", description = "Het signaal bestaat niet of je mag het niet zien")
	@ApiResponse(responseCode = "409", description = "Deze stap kan niet vanuit de huidige status")
	@ApiResponse(responseCode = "422", description = "Persoonsgegevens in het antwoord; findings noemt ze")
	SignalJson changeStatus(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID signalId,
			@RequestBody(required = false) @Nullable StatusRequest request) {
		if (request == null) {
			throw new InvalidInputException("", "signals.api.body-required");
		}
		List<Violation> violations = new ArrayList<>();
		SignalStatus status = Enums.parse(SignalStatus.class, request.status(), "status", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Signal signal = answers.change(me.personId(), signalId, new StatusCommand(UUID.randomUUID(), status,
				request.response() == null ? "" : request.response(), request.koersVersion(), request.principle()));
		return SignalJsonMapper.json(reader.view(signal, lookup.viewer(me.personId())));
	}

	@ExceptionHandler(PrivacyRefusedException.class)
	ResponseEntity<ProblemDetail> refused(PrivacyRefusedException e, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "privacy.blocked.detail",
				e.findings().size());
		problem.setTitle(problems.text("privacy.blocked.title", new Object[0], locale));
		problem.setProperty("findings", e.findings().stream()
			.map(f -> new FindingJson(f.field(), f.finding().type().name(), f.finding().start(), f.finding().end(),
					f.finding().text(), f.finding().type().waivable()))
			.toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static List<EvidenceRef> evidence(@Nullable List<EvidenceInput> input, List<Violation> violations) {
		if (input == null) {
			return List.of();
		}
		List<EvidenceRef> refs = new ArrayList<>();
		for (EvidenceInput item : input) {
			EvidenceKind kind = item == null ? null : Enums.parse(EvidenceKind.class, item.type(), "evidence", violations);
			if (item == null || item.id() == null || kind == null) {
				violations.add(new Violation("evidence", "signals.api.evidence"));
			}
			else {
				refs.add(new EvidenceRef(kind, item.id()));
			}
		}
		return refs;
	}

	/** A personal-data finding in a 422 problem. */
	record FindingJson(String field, String type, int start, int end, String text, boolean waivable) {
	}

}

package nl.meesterschap.conversation.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.FlagReason;
import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ThreadView;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.conversation.internal.RateLimitedException;
import nl.meesterschap.conversation.internal.ResponseRefusedException;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.conversation.web.ConversationApiModel.Created;
import nl.meesterschap.conversation.web.ConversationApiModel.FlagRequest;
import nl.meesterschap.conversation.web.ConversationApiModel.Reactions;
import nl.meesterschap.conversation.web.ConversationApiModel.ReactionRequest;
import nl.meesterschap.conversation.web.ConversationApiModel.ResponseJson;
import nl.meesterschap.conversation.web.ConversationApiModel.ResponseList;
import nl.meesterschap.conversation.web.ConversationApiModel.ResponseRequest;
import nl.meesterschap.conversation.web.ConversationApiModel.ResponseUpdate;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ProblemWriter;

/** Responses, reactions and flags over the API, with the same rules and privacy guard as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "responses", description = "Collegiale feedback: reacties, waardering en meldingen")
class ConversationApiController {

	private static final String STORY = "story";

	private final Conversations conversations;

	private final ResponseService responses;

	private final ModerationService moderation;

	private final People people;

	private final ProblemWriter problems;

	ConversationApiController(Conversations conversations, ResponseService responses, ModerationService moderation,
			People people, ProblemWriter problems) {
		this.conversations = conversations;
		this.responses = responses;
		this.moderation = moderation;
		this.people = people;
		this.problems = problems;
	}

	@GetMapping("/stories/{storyId}/responses")
	@Operation(operationId = "listResponses", summary = "Reacties op een verhaal; 404 als je het verhaal niet mag zien")
	ResponseList list(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID storyId) {
		ThreadView thread = conversations.thread(STORY, storyId, people.viewer(me.personId()));
		return new ResponseList(new Reactions(thread.reactions().recognise(), thread.reactions().instructive()),
				thread.responses().stream().map(ResponseJson::of).toList());
	}

	@PostMapping("/stories/{storyId}/responses")
	@Operation(operationId = "createResponse", summary = "Reageer op een verhaal (of, met parentId, op een reactie)")
	@ApiResponse(responseCode = "201", description = "Geplaatst (of toegevoegd aan je vorige reactie)")
	@ApiResponse(responseCode = "422", description = "Persoonsgegevens gevonden; findings noemt ze")
	@ApiResponse(responseCode = "429", description = "Te veel reacties kort na elkaar; probeer het later")
	ResponseEntity<Created> create(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID storyId,
			@RequestBody(required = false) @Nullable ResponseRequest request) {
		if (request == null) {
			throw new InvalidInputException("", "story.api.body-required");
		}
		ResponseRow row = responses.post(me.personId(), STORY, storyId, request.parentId(), kind(request.kind()),
				request.text() == null ? "" : request.text(), UUID.randomUUID(),
				Boolean.TRUE.equals(request.appendToPrevious()) ? Join.ADD_TO_PREVIOUS : Join.NEW);
		return ResponseEntity.created(URI.create("/api/v1/responses/" + row.id())).body(new Created(row.id()));
	}

	@PutMapping("/responses/{responseId}")
	@Operation(operationId = "updateResponse", summary = "Wijzig je eigen reactie (moderatoren zien de eerdere tekst)")
	ResponseEntity<Void> update(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID responseId,
			@RequestBody(required = false) @Nullable ResponseUpdate update) {
		responses.edit(me.personId(), responseId, update == null || update.text() == null ? "" : update.text());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/responses/{responseId}")
	@Operation(operationId = "deleteResponse", summary = "Verwijder je eigen reactie")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID responseId) {
		responses.delete(me.personId(), responseId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/responses/{responseId}/reactions")
	@Operation(operationId = "addReaction", summary = "Herkenbaar of leerzaam (één van elk per persoon)")
	@ApiResponse(responseCode = "201", description = "Toegevoegd")
	@ApiResponse(responseCode = "200", description = "Had je al gegeven")
	ResponseEntity<Void> react(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID responseId,
			@RequestBody(required = false) @Nullable ReactionRequest request) {
		ReactionKind kind = reaction(request == null ? null : request.kind());
		boolean added = responses.react(me.personId(), "response", responseId, kind, true);
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).build();
	}

	@DeleteMapping("/responses/{responseId}/reactions/{kind}")
	@Operation(operationId = "removeReaction", summary = "Neem herkenbaar of leerzaam terug")
	@ApiResponse(responseCode = "204", description = "Teruggenomen")
	ResponseEntity<Void> unreact(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID responseId,
			@PathVariable String kind) {
		responses.react(me.personId(), "response", responseId, reaction(kind), false);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/flags")
	@Operation(operationId = "createFlag", summary = "Meld een verhaal of reactie bij de moderatie",
			description = "Privacyzorgen gaan naar de privacyfunctionaris, de rest naar de moderatoren. Eén melding per persoon.")
	@ApiResponse(responseCode = "201", description = "Gemeld")
	@ApiResponse(responseCode = "409", description = "Je meldde dit al")
	ResponseEntity<Void> flag(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable FlagRequest request) {
		if (request == null || request.targetId() == null) {
			throw new InvalidInputException("targetId", "validation.required");
		}
		String type = request.targetType() == null ? "" : request.targetType().toLowerCase(Locale.ROOT);
		if (!type.equals("story") && !type.equals("response")) {
			throw new InvalidInputException("targetType", "story.api.unknown-value", type);
		}
		FlagReason reason;
		try {
			reason = FlagReason.valueOf(request.reason() == null ? "" : request.reason().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("reason", "conversation.flag.reason-required");
		}
		moderation.flag(me.personId(), type, request.targetId(), reason, request.note());
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@ExceptionHandler(ResponseRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ResponseRefusedException e, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "privacy.blocked.detail",
				e.findings().size());
		problem.setTitle(problems.text("privacy.blocked.title", new Object[0],
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		problem.setProperty("findings", e.findings().stream().map(f -> java.util.Map.of("field", f.field(), "type",
				f.finding().type().name(), "start", f.finding().start(), "end", f.finding().end(), "text",
				f.finding().text(), "waivable", f.finding().type().waivable())).toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> limited(RateLimitedException e, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(e.minutes() * 60))
			.body(problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "conversation.limited", e.limit(), e.minutes()));
	}

	private static @Nullable ResponseKind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ResponseKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "story.api.unknown-value", kind);
		}
	}

	private static ReactionKind reaction(@Nullable String kind) {
		try {
			return ReactionKind.valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "story.api.unknown-value", kind == null ? "" : kind);
		}
	}

}

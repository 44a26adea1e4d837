package nl.meesterschap.digest.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.digest.internal.Editing;
import nl.meesterschap.digest.internal.Frequency;
import nl.meesterschap.digest.internal.Reading;
import nl.meesterschap.digest.internal.Subscriptions;
import nl.meesterschap.digest.web.DigestApiModel.DigestJson;
import nl.meesterschap.digest.web.DigestApiModel.DigestList;
import nl.meesterschap.digest.web.DigestApiModel.EditionJson;
import nl.meesterschap.digest.web.DigestApiModel.EditionList;
import nl.meesterschap.digest.web.DigestApiModel.EditionSummary;
import nl.meesterschap.digest.web.DigestApiModel.SubscriptionJson;
import nl.meesterschap.digest.web.DigestApiModel.SubscriptionRequest;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;

/**
 * Digests over the API: the caller's digests and subscriptions, subscribing and leaving, the archive of sent
 * editions, an edition as composed for the caller, and (for editors) a preview as a reader of their organisation.
 */
@RestController
@RequestMapping("/api/v1/digests")
@Tag(name = "digests", description = "Nieuwsbrieven uit de praktijk: abonnementen, archief en uitgaven")
class DigestApiController {

	private final Subscriptions subscriptions;

	private final Reading reading;

	private final Editing editing;

	DigestApiController(Subscriptions subscriptions, Reading reading, Editing editing) {
		this.subscriptions = subscriptions;
		this.reading = reading;
		this.editing = editing;
	}

	@GetMapping
	@Operation(operationId = "listDigests", summary = "De nieuwsbrieven die je mag krijgen, met je abonnement op elk")
	DigestList list(@AuthenticationPrincipal AuthenticatedPerson me) {
		return new DigestList(subscriptions.choices(me.personId()).stream().map(DigestJson::of).toList());
	}

	@PutMapping("/{digestId}/subscription")
	@Operation(operationId = "subscribeToDigest", summary = "Abonneer je, of kies hoe vaak je de nieuwsbrief krijgt")
	@ApiResponse(responseCode = "200", description = "Je abonnement")
	@ApiResponse(responseCode = "404", description = "Deze nieuwsbrief bestaat niet, of je mag hem niet lezen")
	SubscriptionJson subscribe(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId,
			@RequestBody(required = false) @Nullable SubscriptionRequest request) {
		return SubscriptionJson.of(subscriptions.subscribe(me.personId(), digestId, frequency(request)));
	}

	@DeleteMapping("/{digestId}/subscription")
	@Operation(operationId = "leaveDigest", summary = "Meld je af voor de nieuwsbrief (ook de algemene, die je standaard krijgt)")
	@ApiResponse(responseCode = "204", description = "Afgemeld")
	@ApiResponse(responseCode = "404", description = "Deze nieuwsbrief bestaat niet, of je mag hem niet lezen")
	ResponseEntity<Void> leave(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId) {
		subscriptions.leave(me.personId(), digestId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{digestId}/editions")
	@Operation(operationId = "listDigestEditions", summary = "De verstuurde uitgaven van een nieuwsbrief, nieuwste eerst")
	@ApiResponse(responseCode = "404", description = "Deze nieuwsbrief bestaat niet, of je mag hem niet lezen")
	EditionList editions(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId) {
		return new EditionList(reading.archive(me.personId(), digestId).editions().stream().map(EditionSummary::of).toList());
	}

	@GetMapping("/{digestId}/editions/{editionId}")
	@Operation(operationId = "getDigestEdition", summary = "Een verstuurde uitgave zoals jij hem kreeg, alleen met wat je mag zien")
	@ApiResponse(responseCode = "404", description = "Deze uitgave bestaat niet, is nog niet verstuurd, of je mag hem niet lezen")
	EditionJson edition(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId,
			@PathVariable UUID editionId) {
		return EditionJson.of(reading.edition(me.personId(), digestId, editionId).content());
	}

	@GetMapping("/{digestId}/editions/{editionId}/previews/{readerId}")
	@Operation(operationId = "previewDigestEdition",
			summary = "Voor redacteuren (teamleider, communicatieadviseur): de uitgave zoals deze lezer hem krijgt",
			description = "Alleen voor lezers van je eigen organisatie; je ziet alleen wat jij ook mag zien, en nooit de "
					+ "persoonlijke meldingen van de lezer.")
	@ApiResponse(responseCode = "403", description = "Je bent geen redacteur van deze nieuwsbrief, of de lezer hoort bij een andere organisatie")
	@ApiResponse(responseCode = "404", description = "Deze uitgave bestaat niet, of je mag de nieuwsbrief niet lezen")
	EditionJson preview(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId,
			@PathVariable UUID editionId, @PathVariable UUID readerId) {
		Editing.Preview preview = editing.preview(me.personId(), editionId, readerId);
		if (!preview.content().digestId().equals(digestId)) {
			throw new nl.meesterschap.web.ItemNotFoundException();
		}
		return EditionJson.of(preview.content());
	}

	private static Frequency frequency(@Nullable SubscriptionRequest request) {
		String value = request == null || request.frequency() == null ? "" : request.frequency().toUpperCase(Locale.ROOT);
		try {
			return Frequency.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("frequency", "digest.api.frequency");
		}
	}

}

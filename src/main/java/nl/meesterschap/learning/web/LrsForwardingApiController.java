package nl.meesterschap.learning.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.learning.forwarding.ForwardingTarget;
import nl.meesterschap.learning.forwarding.LrsForwarding;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.ItemNotFoundException;

/** Forwarding the caller's organisation's statements to an external LRS, for its administrators. */
@RestController
@RequestMapping("/api/v1/lrs-forwarding")
@Tag(name = "lrs-forwarding", description = "Leerregistraties doorsturen naar een andere LRS")
class LrsForwardingApiController {

	private final LrsAdministration administration;

	private final LrsForwarding forwarding;

	LrsForwardingApiController(LrsAdministration administration, LrsForwarding forwarding) {
		this.administration = administration;
		this.forwarding = forwarding;
	}

	@GetMapping
	@Operation(operationId = "getLrsForwarding", summary = "Waar de leerregistraties naartoe gaan (zonder wachtwoord)")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	@ApiResponse(responseCode = "404", description = "Je organisatie stuurt niets door")
	ForwardingView get(@AuthenticationPrincipal AuthenticatedPerson me) {
		return forwarding.of(administeredOrganisation(me)).map(ForwardingView::of).orElseThrow(ItemNotFoundException::new);
	}

	@PutMapping
	@Operation(operationId = "putLrsForwarding", summary = "Stel het doorsturen in of wijzig het",
			description = "endpoint is het basisadres van de andere LRS (zoals https://lrs.example/xapi). Zonder "
					+ "password blijft het bewaarde wachtwoord staan.")
	@ApiResponse(responseCode = "400", description = "Een veld klopt niet (invalidParams)")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	ForwardingView put(@AuthenticationPrincipal AuthenticatedPerson me, @RequestBody ForwardingRequest request) {
		return ForwardingView.of(forwarding.configure(administeredOrganisation(me), me.personId(),
				new LrsForwarding.Settings(request.endpoint(), request.username(), request.password(),
						request.xapiVersion(), request.enabled() == null || request.enabled())));
	}

	@DeleteMapping
	@Operation(operationId = "deleteLrsForwarding", summary = "Stop met doorsturen en vergeet de andere LRS")
	@ApiResponse(responseCode = "204", description = "Gestopt")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	@ApiResponse(responseCode = "404", description = "Je organisatie stuurde niets door")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedPerson me) {
		if (!forwarding.remove(administeredOrganisation(me))) {
			throw new ItemNotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

	private UUID administeredOrganisation(AuthenticatedPerson me) {
		if (!administration.administers(me.personId(), me.organisationId())) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "lrs.credentials.forbidden");
		}
		return me.organisationId();
	}

	/** {@code enabled} defaults to true; {@code xapiVersion} to "2.0.0". */
	record ForwardingRequest(@Nullable String endpoint, @Nullable String username, @Nullable String password,
			@Nullable String xapiVersion, @Nullable Boolean enabled) {
	}

	record ForwardingView(String endpoint, String username, String xapiVersion, boolean enabled, Instant updatedAt,
			long pending, long rejected, int failedAttempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
			@Nullable Instant lastForwardedAt) {

		static ForwardingView of(ForwardingTarget target) {
			return new ForwardingView(target.endpoint(), target.username(), target.xapiVersion().header(),
					target.enabled(), target.updatedAt(), target.pending(), target.rejected(), target.attempts(),
					target.nextAttemptAt(), target.lastError(), target.lastForwardedAt());
		}

	}

}

package nl.meesterschap.learning.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.learning.credentials.LrsCredential;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** LRS credentials of the caller's organisation, for its administrators (with a personal access token). */
@RestController
@RequestMapping("/api/v1/lrs-credentials")
@Tag(name = "lrs-credentials", description = "Inloggegevens voor de leerregistraties (xAPI LRS) van je organisatie")
class LrsCredentialsApiController {

	private final LrsAdministration administration;

	private final LrsCredentials credentials;

	private final String endpoint;

	LrsCredentialsApiController(LrsAdministration administration, LrsCredentials credentials,
			@Value("${meesterschap.public-url}") String publicUrl) {
		this.administration = administration;
		this.credentials = credentials;
		this.endpoint = publicUrl.replaceAll("/+$", "") + "/xapi";
	}

	@PostMapping
	@Operation(operationId = "createLrsCredential", summary = "Maak inloggegevens voor de LRS",
			description = "Alleen voor beheerders. Het geheim staat alleen in dit antwoord; bewaar het goed.")
	@ApiResponse(responseCode = "201", description = "Aangemaakt")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	ResponseEntity<NewLrsCredential> create(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable LrsCredentialRequest request) {
		UUID organisationId = administeredOrganisation(me);
		String name = request == null || request.name() == null ? "" : request.name();
		if (name.strip().length() > 100) {
			throw new InvalidInputException("name", "lrs.credentials.name.too-long", 100);
		}
		String version = request == null || request.xapiVersion() == null ? "2.0.0" : request.xapiVersion();
		XapiVersion xapiVersion = XapiVersion.ofHeader(version)
			.filter(v -> v.header().equals(version))
			.orElseThrow(() -> new InvalidInputException("xapiVersion", "lrs.credentials.version.invalid"));
		LrsCredentials.IssuedCredential issued = credentials.issue(organisationId, me.personId(), name, xapiVersion);
		LrsCredential credential = issued.credential();
		return ResponseEntity.created(URI.create("/api/v1/lrs-credentials/" + credential.id()))
			.body(new NewLrsCredential(credential.id(), credential.name(), credential.key(), issued.secret(), endpoint,
					credential.xapiVersion().header(), credential.createdAt()));
	}

	@GetMapping
	@Operation(operationId = "listLrsCredentials", summary = "De LRS-inloggegevens van je organisatie (zonder geheim)")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	LrsCredentialList list(@AuthenticationPrincipal AuthenticatedPerson me) {
		return new LrsCredentialList(endpoint, credentials.of(administeredOrganisation(me)).stream().map(LrsCredentialView::of).toList());
	}

	@DeleteMapping("/{credentialId}")
	@Operation(operationId = "revokeLrsCredential", summary = "Trek LRS-inloggegevens in")
	@ApiResponse(responseCode = "204", description = "Ingetrokken")
	@ApiResponse(responseCode = "403", description = "Je bent geen beheerder van je organisatie")
	@ApiResponse(responseCode = "404", description = "Geen actieve inloggegevens met dit id in je organisatie")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID credentialId) {
		if (!credentials.revoke(administeredOrganisation(me), credentialId)) {
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

	/** {@code xapiVersion}: "2.0.0" (the default) or "1.0.3", for a client that sends no version header. */
	record LrsCredentialRequest(@Nullable String name, @Nullable String xapiVersion) {
	}

	record NewLrsCredential(UUID id, String name, String key, String secret, String endpoint, String xapiVersion,
			Instant createdAt) {
	}

	record LrsCredentialList(String endpoint, List<LrsCredentialView> credentials) {
	}

	record LrsCredentialView(UUID id, String name, String key, String xapiVersion, Instant createdAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		static LrsCredentialView of(LrsCredential credential) {
			return new LrsCredentialView(credential.id(), credential.name(), credential.key(),
					credential.xapiVersion().header(), credential.createdAt(), credential.lastUsedAt(),
					credential.revokedAt());
		}

	}

}

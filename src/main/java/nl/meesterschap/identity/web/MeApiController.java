package nl.meesterschap.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.TeamSummary;
import nl.meesterschap.identity.internal.ApiToken;
import nl.meesterschap.identity.internal.ApiTokens;
import nl.meesterschap.identity.internal.Profiles;
import nl.meesterschap.identity.internal.TokenAuthentication;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.ItemNotFoundException;

/** The signed-in person and their personal access tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "Jij: je profiel en je toegangstokens")
class MeApiController {

	private final Profiles profiles;

	private final ApiTokens tokens;

	MeApiController(Profiles profiles, ApiTokens tokens) {
		this.profiles = profiles;
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(operationId = "getMe", summary = "Wie ben ik: organisatie, teams, netwerken en rollen")
	Me me(@AuthenticationPrincipal AuthenticatedPerson me) {
		Profiles.Profile profile = profiles.profile(me.personId());
		Set<Role> homeRoles = profile.roles().stream()
			.filter(r -> r.organisation().id().equals(profile.organisation().id()))
			.flatMap(r -> r.roles().stream())
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		return new Me(me.personId(), profile.person().username(), profile.person().displayName(),
				profile.person().email(), profile.person().jobTitle(), profile.organisation(), profile.teams(),
				profile.networks(), homeRoles);
	}

	@PostMapping("/tokens")
	@Operation(operationId = "createToken", summary = "Maak een persoonlijk toegangstoken",
			description = "Werkt met HTTP Basic (gebruikersnaam en wachtwoord) of de browsersessie, niet met een token. "
					+ "Het token staat alleen in dit antwoord; bewaar het goed.",
			security = { @SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "bearerToken") })
	@ApiResponse(responseCode = "201", description = "Token aangemaakt")
	ResponseEntity<NewToken> create(@AuthenticationPrincipal AuthenticatedPerson me, Authentication authentication,
			@RequestBody(required = false) @Nullable TokenRequest request) {
		if (authentication instanceof TokenAuthentication) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "problem.token-cannot-issue-token");
		}
		ApiTokens.IssuedToken issued = tokens.issue(me.personId(), request == null || request.name() == null ? "" : request.name());
		ApiToken token = issued.token();
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
			.body(new NewToken(token.id(), token.name(), issued.secret(), token.createdAt()));
	}

	@GetMapping("/tokens")
	@Operation(operationId = "listTokens", summary = "Mijn toegangstokens (zonder de geheime waarde)")
	Tokens list(@AuthenticationPrincipal AuthenticatedPerson me) {
		return new Tokens(tokens.of(me.personId()).stream().map(TokenView::of).toList());
	}

	@DeleteMapping("/tokens/{tokenId}")
	@Operation(operationId = "revokeToken", summary = "Trek een toegangstoken in")
	@ApiResponse(responseCode = "204", description = "Ingetrokken")
	@ApiResponse(responseCode = "404", description = "Geen actief token van jou met dit id")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID tokenId) {
		if (!tokens.revoke(me.personId(), tokenId)) {
			throw new ItemNotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

	record Me(UUID id, String username, String displayName, String email, @Nullable String jobTitle,
			OrganisationSummary organisation, List<TeamSummary> teams, List<NetworkSummary> networks,
			Set<Role> roles) {
	}

	record TokenRequest(@Nullable String name) {
	}

	record NewToken(UUID id, String name, String token, Instant createdAt) {
	}

	record Tokens(List<TokenView> tokens) {
	}

	record TokenView(UUID id, String name, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.hint(), token.createdAt(), token.lastUsedAt(),
					token.revokedAt());
		}

	}

}

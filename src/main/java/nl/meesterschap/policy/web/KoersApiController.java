package nl.meesterschap.policy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.web.ApiProblemException;

/** The current published koers and its principles, for the caller's organisation or any other. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "koers", description = "De koers van een organisatie: visie en principes van de gepubliceerde versie")
class KoersApiController {

	private final Koersen koersen;

	private final People people;

	KoersApiController(Koersen koersen, People people) {
		this.koersen = koersen;
		this.people = people;
	}

	@GetMapping("/koers")
	@Operation(operationId = "getKoers", summary = "De huidige koers",
			description = "Zonder organisatie: de koers die voor jou geldt. Dat is de koers van je eigen organisatie, "
					+ "of anders die van de gemeente van een netwerk waar jij of je organisatie aan meedoet.")
	@ApiResponse(responseCode = "200", description = "De huidige gepubliceerde versie")
	@ApiResponse(responseCode = "404", description = "Er is (nog) geen gepubliceerde koers")
	KoersResource getKoers(@AuthenticationPrincipal AuthenticatedPerson me, @Parameter(
			description = "De korte naam (slug) van een organisatie, bijvoorbeeld lindewaarde") @RequestParam(
					required = false) @Nullable String organisation) {
		return KoersResource.of(current(me, organisation));
	}

	@GetMapping("/principles/{code}")
	@Operation(operationId = "getPrinciple", summary = "Eén principe uit de huidige koers")
	@ApiResponse(responseCode = "200", description = "Het principe, met de versie van de koers waar het in staat")
	@ApiResponse(responseCode = "404", description = "Geen koers, of geen principe met deze code")
	PrincipleResource getPrinciple(@AuthenticationPrincipal AuthenticatedPerson me,
			@Parameter(description = "De code van het principe, bijvoorbeeld P2") @PathVariable String code,
			@Parameter(description = "De korte naam (slug) van een organisatie, bijvoorbeeld lindewaarde") @RequestParam(
					required = false) @Nullable String organisation) {
		KoersVersion koers = current(me, organisation);
		Principle principle = koers.principle(code)
			.orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "koers.problem.no-principle", code));
		return new PrincipleResource(principle.code(), principle.title(), principle.domain(), principle.explanation(),
				principle.inPractice(), principle.examples(),
				new KoersReference(KoersOrganisation.of(koers), koers.version()));
	}

	private KoersVersion current(AuthenticatedPerson me, @Nullable String slug) {
		if (slug == null || slug.isBlank()) {
			return koersen.applicableTo(people.viewer(me.personId()))
				.orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "koers.problem.none-for-you"));
		}
		return people.organisationBySlug(slug.strip())
			.flatMap(organisation -> koersen.current(organisation.id()))
			.orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "koers.problem.none", slug.strip()));
	}

	record KoersResource(KoersOrganisation organisation, String title, String period, int version,
			Instant publishedAt, String vision, @Nullable String changeNote, List<PrincipleSummary> principles) {

		static KoersResource of(KoersVersion koers) {
			return new KoersResource(KoersOrganisation.of(koers), koers.title(), koers.period(), koers.version(),
					koers.publishedAt(), koers.vision(), koers.changeNote(),
					koers.principles().stream().map(PrincipleSummary::of).toList());
		}

	}

	record KoersOrganisation(UUID id, String slug, String name) {

		static KoersOrganisation of(KoersVersion koers) {
			return new KoersOrganisation(koers.organisationId(), koers.organisationSlug(), koers.organisationName());
		}

	}

	record PrincipleSummary(String code, String title, @Nullable Domain domain, String explanation,
			String inPractice, List<String> examples) {

		static PrincipleSummary of(Principle p) {
			return new PrincipleSummary(p.code(), p.title(), p.domain(), p.explanation(), p.inPractice(), p.examples());
		}

	}

	record PrincipleResource(String code, String title, @Nullable Domain domain, String explanation,
			String inPractice, List<String> examples, KoersReference koers) {
	}

	record KoersReference(KoersOrganisation organisation, int version) {
	}

}

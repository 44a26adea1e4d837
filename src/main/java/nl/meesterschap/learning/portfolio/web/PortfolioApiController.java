package nl.meesterschap.learning.portfolio.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.learning.portfolio.Activity;
import nl.meesterschap.learning.portfolio.Portfolio;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.ActivityRequest;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.ActivityView;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.PortfolioResponse;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** The professional's own portfolio over the API. Only they can read it: for anyone else it does not exist (404). */
@RestController("portfolioApiController")
@RequestMapping("/api/v1")
@Tag(name = "portfolio", description = "Jouw portfolio en registratie-uren (alleen voor jezelf)")
class PortfolioApiController {

	private final Portfolio portfolio;

	private final PortfolioApiMapper mapper;

	PortfolioApiController(Portfolio portfolio, PortfolioApiMapper mapper) {
		this.portfolio = portfolio;
		this.mapper = mapper;
	}

	@GetMapping("/me/portfolio")
	@Operation(operationId = "getMyPortfolio", summary = "Jouw portfolio: uren per categorie, leerdoelen en activiteiten",
			description = "Uren tellen in je huidige registratieperiode, tegen de normen van je register (met bron en "
					+ "controledatum). Sessies van leerkringen tellen vanzelf mee als reflectie.")
	PortfolioResponse mine(@AuthenticationPrincipal AuthenticatedPerson me) {
		return mapper.portfolio(me.personId());
	}

	@GetMapping("/people/{personId}/portfolio")
	@Operation(operationId = "getPortfolio", summary = "Het portfolio van een persoon: alleen dat van jezelf",
			description = "Voor iedereen behalve de persoon zelf 404, ook voor teamleiders en beheerders.")
	@ApiResponse(responseCode = "404", description = "Niet gevonden (of niet van jou)")
	PortfolioResponse ofPerson(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID personId) {
		if (!personId.equals(me.personId())) {
			throw new ItemNotFoundException();
		}
		return mapper.portfolio(me.personId());
	}

	@GetMapping("/me/portfolio/activities/{activityId}")
	@Operation(operationId = "getMyPortfolioActivity", summary = "Eén activiteit uit je portfolio")
	@ApiResponse(responseCode = "404", description = "Niet gevonden (of niet van jou)")
	ActivityView activity(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID activityId) {
		return portfolio.activities(me.personId())
			.stream()
			.filter(a -> a.id().equals(activityId))
			.findFirst()
			.map(mapper::activity)
			.orElseThrow(ItemNotFoundException::new);
	}

	@PostMapping("/me/portfolio/activities")
	@Operation(operationId = "addMyPortfolioActivity", summary = "Voeg een activiteit toe, zoals een cursus",
			description = "Bij foute invoer 400 (application/problem+json) met per veld wat er niet klopt "
					+ "(invalidParams); er wordt dan niets opgeslagen.")
	@ApiResponse(responseCode = "201", description = "Toegevoegd")
	@ApiResponse(responseCode = "400", description = "Ongeldige invoer")
	ResponseEntity<ActivityView> add(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable ActivityRequest request) {
		if (request == null) {
			throw new InvalidInputException("", "portfolio.api.body-required");
		}
		Activity activity = portfolio.addActivity(me.personId(), new Portfolio.ActivityInput(request.title(),
				request.category(), request.hours() == null ? null : request.hours().toPlainString(), request.date(),
				request.accreditationId(), request.provider(), request.certificateNote()));
		return ResponseEntity.created(URI.create("/api/v1/me/portfolio/activities/" + activity.id()))
			.body(mapper.activity(activity));
	}

	@DeleteMapping("/me/portfolio/activities/{activityId}")
	@Operation(operationId = "deleteMyPortfolioActivity", summary = "Verwijder een activiteit die je zelf toevoegde",
			description = "Sessies van leerkringen blijven staan (404).")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	@ApiResponse(responseCode = "404", description = "Niet gevonden, niet van jou, of een sessie")
	ResponseEntity<Void> remove(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID activityId) {
		portfolio.removeActivity(me.personId(), activityId);
		return ResponseEntity.noContent().build();
	}

}

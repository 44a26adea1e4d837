package nl.meesterschap.practice.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.internal.PrincipleLink;
import nl.meesterschap.practice.internal.PublishRefusedException;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryQuery;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.practice.web.StoryApiModel.FindingView;
import nl.meesterschap.practice.web.StoryApiModel.StoryList;
import nl.meesterschap.practice.web.StoryApiModel.StoryRequest;
import nl.meesterschap.practice.web.StoryApiModel.StoryResponse;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;
import nl.meesterschap.web.ProblemWriter;

/** Practice stories over the API: the same rules, privacy guard and access policy as the pages. */
@RestController
@RequestMapping("/api/v1/stories")
@Tag(name = "stories", description = "Praktijkverhalen")
class StoryApiController {

	private final StoryService stories;

	private final StoryApiMapper mapper;

	private final People people;

	private final ProblemWriter problems;

	StoryApiController(StoryService stories, StoryApiMapper mapper, People people, ProblemWriter problems) {
		this.stories = stories;
		this.mapper = mapper;
		this.people = people;
		this.problems = problems;
	}

	@PostMapping
	@Operation(operationId = "createStory", summary = "Schrijf een praktijkverhaal",
			description = "Zonder publish blijft het een concept (alleen voor jou). Met publish:true wordt het gedeeld "
					+ "met het gekozen publiek, maar alleen als de privacytoets niets meer vindt; anders 422 met de vondsten.")
	@ApiResponse(responseCode = "201", description = "Aangemaakt")
	@ApiResponse(responseCode = "422", description = "Persoonsgegevens gevonden; findings noemt ze")
	ResponseEntity<StoryResponse> create(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable StoryRequest request) {
		StoryRequest body = required(request);
		String model = body.model() == null ? "" : body.model();
		Viewer viewer = people.viewer(me.personId());
		StoryContent content = content(body, viewer, null);
		Story story = stories.create(me.personId(), model, content, Boolean.TRUE.equals(body.publish()));
		return ResponseEntity.created(URI.create("/api/v1/stories/" + story.id())).body(mapper.response(story));
	}

	@GetMapping
	@Operation(operationId = "listStories", summary = "Verhalen die jij mag zien, nieuwste eerst")
	StoryList list(@AuthenticationPrincipal AuthenticatedPerson me,
			@Parameter(description = "JEUGD, WMO of PARTICIPATIE") @RequestParam(required = false) @Nullable String domain,
			@Parameter(description = "Code van een principe uit je koers, bijvoorbeeld P1") @RequestParam(required = false) @Nullable String principle,
			@Parameter(description = "me: alleen je eigen verhalen (ook concepten)") @RequestParam(required = false) @Nullable String author,
			@Parameter(description = "DRAFT, PUBLISHED of ARCHIVED (alleen met author=me)") @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		Viewer viewer = people.viewer(me.personId());
		List<Violation> violations = new ArrayList<>();
		Domain chosenDomain = enumValue(Domain.class, domain, "domain", violations);
		StoryStatus chosenStatus = enumValue(StoryStatus.class, status, "status", violations);
		if (author != null && !author.equals("me")) {
			violations.add(new Violation("author", "story.api.author-me"));
		}
		if (page < 1 || size < 1 || size > 100) {
			violations.add(new Violation(page < 1 ? "page" : "size", "story.api.paging"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String code = principle == null ? null : principle.strip().toUpperCase(Locale.ROOT);
		UUID koers = code == null ? null : mapper.koers(viewer).map(KoersVersion::organisationId).orElse(null);
		boolean mine = "me".equals(author);
		StoryQuery query = new StoryQuery(viewer, mine ? me.personId() : null, mine ? chosenStatus : null, !mine,
				chosenDomain, koers, code, page - 1, size);
		StoryService.StoryPage result = stories.list(query);
		return new StoryList(result.total(), page, size, result.stories().stream().map(mapper::response).toList());
	}

	@GetMapping("/{storyId}")
	@Operation(operationId = "getStory", summary = "Eén verhaal; 404 als het niet bestaat of je het niet mag zien")
	StoryResponse get(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID storyId) {
		return mapper.response(stories.visible(storyId, people.viewer(me.personId())).orElseThrow(ItemNotFoundException::new));
	}

	@PutMapping("/{storyId}")
	@Operation(operationId = "updateStory", summary = "Wijzig je verhaal (alleen de auteur)",
			description = "Vervangt alle velden. Bij een gepubliceerd verhaal, of met publish:true, gaat de wijziging "
					+ "direct naar het publiek, na de privacytoets; de vorige tekst blijft bewaard als versie.")
	@ApiResponse(responseCode = "422", description = "Persoonsgegevens gevonden; er is niets veranderd")
	StoryResponse update(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID storyId,
			@RequestBody(required = false) @Nullable StoryRequest request) {
		Story story = authored(me, storyId);
		StoryRequest body = required(request);
		if (body.model() != null && !body.model().equalsIgnoreCase(story.model())) {
			throw new InvalidInputException("model", "story.api.model-fixed", story.model());
		}
		StoryContent content = content(body, people.viewer(me.personId()), story);
		if (story.published() || Boolean.TRUE.equals(body.publish())) {
			return mapper.response(stories.publish(me.personId(), storyId, content));
		}
		stories.save(me.personId(), storyId, content);
		return mapper.response(stories.owned(me.personId(), storyId));
	}

	@DeleteMapping("/{storyId}")
	@Operation(operationId = "deleteStory", summary = "Verwijder je verhaal voorgoed (alleen de auteur)")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID storyId) {
		authored(me, storyId);
		stories.delete(me.personId(), storyId);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(PublishRefusedException.class)
	ResponseEntity<ProblemDetail> refused(PublishRefusedException e, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "privacy.blocked.detail",
				e.findings().size());
		problem.setTitle(problems.text("privacy.blocked.title", new Object[0],
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		problem.setProperty("findings", e.findings().stream()
			.map(f -> new FindingView(f.field(), f.finding().type().name(), f.finding().start(), f.finding().end(),
					f.finding().text(), f.finding().confidence(), f.finding().type().waivable()))
			.toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	/** The caller's own story; a colleague's story they may read answers 403, anything else 404. */
	private Story authored(AuthenticatedPerson me, UUID storyId) {
		Story story = stories.visible(storyId, people.viewer(me.personId())).orElseThrow(ItemNotFoundException::new);
		if (!story.authorId().equals(me.personId())) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "story.api.not-author");
		}
		return story;
	}

	private StoryContent content(StoryRequest body, Viewer viewer, @Nullable Story existing) {
		List<Violation> violations = new ArrayList<>();
		List<Domain> domains = new ArrayList<>();
		if (body.domains() != null) {
			for (String domain : body.domains()) {
				Domain parsed = enumValue(Domain.class, domain, "domains", violations);
				if (parsed != null) {
					domains.add(parsed);
				}
			}
		}
		Audience audience = audience(body, viewer, existing, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Map<String, String> steps = body.steps() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body.steps());
		steps.replaceAll((key, value) -> value == null ? "" : value);
		List<PrincipleLink> principles = body.principles() == null ? List.of()
				: body.principles().stream()
					.filter(p -> p != null && p.code() != null)
					.map(p -> new PrincipleLink(viewer.organisationId(), p.code(), p.note()))
					.toList();
		return new StoryContent(body.title() == null ? "" : body.title(), domains,
				body.tags() == null ? List.of() : body.tags().stream().filter(t -> t != null).toList(), steps, principles,
				Boolean.TRUE.equals(body.discretionUsed()), body.discretionNote(), audience);
	}

	private static Audience audience(StoryRequest body, Viewer viewer, @Nullable Story existing,
			List<Violation> violations) {
		if (body.audience() == null) {
			return existing == null ? Audience.organisation(viewer.organisationId()) : existing.audience();
		}
		AudienceKind kind = enumValue(AudienceKind.class, body.audience(), "audience", violations);
		if (kind == null) {
			return Audience.privateToOwner();
		}
		UUID scope = body.audienceScope();
		return switch (kind) {
			case PRIVATE -> Audience.privateToOwner();
			case PLATFORM -> Audience.platform();
			case CIRCLE -> scope != null ? Audience.circle(scope)
					: first(viewer.circleIds(), violations, "story.api.no-circle").map(Audience::circle)
						.orElse(Audience.privateToOwner());
			case ORGANISATION -> Audience.organisation(viewer.organisationId());
			case TEAM -> scope != null ? Audience.team(scope) : first(viewer.teamIds(), violations, "story.api.no-team")
				.map(Audience::team)
				.orElse(Audience.privateToOwner());
			case NETWORK -> scope != null ? Audience.network(scope)
					: first(viewer.networkIds(), violations, "story.api.no-network")
						.map(Audience::network)
						.orElse(Audience.privateToOwner());
		};
	}

	private static java.util.Optional<UUID> first(java.util.Set<UUID> ids, List<Violation> violations, String code) {
		if (ids.isEmpty()) {
			violations.add(new Violation("audience", code));
		}
		return ids.stream().sorted().findFirst();
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value, String field,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation(field, "story.api.unknown-value", value));
			return null;
		}
	}

	private static StoryRequest required(@Nullable StoryRequest request) {
		if (request == null) {
			throw new InvalidInputException("", "story.api.body-required");
		}
		return request;
	}

}

package nl.meesterschap.signals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryDocument;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.PrivacyRefusedException;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.RaiseOptions;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;
import nl.meesterschap.web.PendingForms;

/**
 * "Signaal geven": a form that works without JavaScript, optionally filled from a story ({@code ?verhaal=<id>},
 * which it then cites as evidence). Refused input and personal data re-open the form with everything typed kept.
 */
@Controller
@RequestMapping("/signalen/nieuw")
class RaiseController {

	static final String PATH = "/signalen/nieuw";

	private final SignalService signals;

	private final SignalLookup lookup;

	private final Stories stories;

	private final PrivacyGuard guard;

	private final PendingForms pendingForms;

	private final SharedSummaries summaries;

	RaiseController(SignalService signals, SignalLookup lookup, Stories stories, PrivacyGuard guard,
			PendingForms pendingForms, SharedSummaries summaries) {
		this.signals = signals;
		this.lookup = lookup;
		this.stories = stories;
		this.guard = guard;
		this.pendingForms = pendingForms;
		this.summaries = summaries;
	}

	@GetMapping
	String form(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestParam(name = "verhaal", required = false) @Nullable UUID storyId,
			@RequestParam(name = "sessie", required = false) @Nullable UUID sessionId, HttpSession session, Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		RaiseOptions options = signals.options(viewer);
		RaiseForm form = new RaiseForm();
		form.setAudience(audienceValue(options.defaultAudience()));
		if (storyId != null) {
			StorySummary story = stories.visible(storyId, viewer)
				.filter(s -> s.status() == StoryStatus.PUBLISHED)
				.orElseThrow(ItemNotFoundException::new);
			form.setStory(story.id());
			form.setTitle(story.title());
			form.setDomains(story.domains());
			form.setEvidence(List.of(story.id()));
			if (options.koers() != null) {
				form.setPrinciples(stories.document(story.id()).map(StoryDocument::principles).orElse(List.of()).stream()
					.filter(p -> p.koersOrganisationId().equals(options.koers().organisationId()))
					.map(StoryDocument.PrincipleRef::code)
					.toList());
			}
		}
		if (sessionId != null) {
			SharedSummaries.SharedSummary summary = summaries.find(sessionId, viewer)
				.orElseThrow(ItemNotFoundException::new);
			form.setSessions(List.of(summary.sessionId()));
		}
		pendingForms.take(session, PATH).ifPresent(kept -> {
			form.setTitle(kept.first("title"));
			form.setDescription(kept.first("description"));
			model.addAttribute("notice", "signals.restored");
		});
		return page(viewer, options, form, List.of(), model);
	}

	@PostMapping
	String raise(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") RaiseForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Viewer viewer = lookup.viewer(me.personId());
		try {
			Signal signal = signals.raise(me.personId(), command(form));
			redirect.addFlashAttribute("notice", "signals.raised");
			return "redirect:" + signal.url();
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(viewer, signals.options(viewer), form, List.of(), model);
		}
		catch (PrivacyRefusedException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(viewer, signals.options(viewer), form, e.findings(), model);
		}
	}

	/** Replaces every finding by its placeholder and shows the form again (nothing is shared yet). */
	@PostMapping("/vervangen")
	String replaceAll(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") RaiseForm form,
			Model model) {
		List<FieldFinding> findings = findings(form);
		form.setTitle(PrivacyFixes.replaceAll(form.getTitle(), "title", findings));
		form.setDescription(PrivacyFixes.replaceAll(form.getDescription(), "description", findings));
		model.addAttribute("notice", "signals.privacy.replaced");
		Viewer viewer = lookup.viewer(me.personId());
		return page(viewer, signals.options(viewer), form, findings(form), model);
	}

	/** "Geen persoonsgegeven" for one finding of the signal being written (never a BSN). */
	@PostMapping("/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam String waive,
			@ModelAttribute("form") RaiseForm form, Model model) {
		Map.Entry<FindingType, String> finding = PrivacyFixes.waiver(waive);
		try {
			guard.waive(me.personId(), me.organisationId(), SignalService.privacySubject(form.getDraftId()),
					finding.getKey(), finding.getValue());
			model.addAttribute("notice", "signals.privacy.waived");
		}
		catch (NotWaivableException e) {
			model.addAttribute("alert", "signals.privacy.bsn-never");
		}
		Viewer viewer = lookup.viewer(me.personId());
		return page(viewer, signals.options(viewer), form, findings(form), model);
	}

	private List<FieldFinding> findings(RaiseForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		texts.put("description", form.getDescription());
		return guard.blocking(SignalService.privacySubject(form.getDraftId()), texts);
	}

	private String page(Viewer viewer, RaiseOptions options, RaiseForm form, List<FieldFinding> findings,
			Model model) {
		List<StorySummary> offered = new ArrayList<>(options.ownStories());
		if (form.getStory() != null && offered.stream().noneMatch(s -> s.id().equals(form.getStory()))) {
			stories.visible(form.getStory(), viewer).filter(s -> s.status() == StoryStatus.PUBLISHED)
				.ifPresent(s -> offered.add(0, s));
		}
		KoersVersion koers = options.koers();
		model.addAttribute("form", form);
		model.addAttribute("options", options);
		model.addAttribute("koers", koers);
		model.addAttribute("stories", offered);
		List<SharedSummaries.SharedSummary> shared = new ArrayList<>(summaries.sharedWith(viewer, 20));
		for (UUID chosen : form.getSessions()) {
			if (shared.stream().noneMatch(s -> s.sessionId().equals(chosen))) {
				summaries.find(chosen, viewer).ifPresent(s -> shared.add(0, s));
			}
		}
		model.addAttribute("summaries", shared.stream()
			.map(s -> Map.entry(s.sessionId(), SignalReader.sessionTitle(s)))
			.toList());
		model.addAttribute("kinds", SignalKind.values());
		model.addAttribute("findings", findings);
		return "signals/new";
	}

	private static RaiseCommand command(RaiseForm form) {
		List<Violation> violations = new ArrayList<>();
		SignalKind kind = Enums.parse(SignalKind.class, form.getKind(), "kind", violations);
		AudienceKind audience = null;
		UUID scope = null;
		String value = form.getAudience();
		if (value.startsWith("NETWORK:")) {
			audience = AudienceKind.NETWORK;
			scope = uuid(value.substring("NETWORK:".length()), "audience", violations);
		}
		else if (value.equals("ORGANISATION")) {
			audience = AudienceKind.ORGANISATION;
		}
		UUID circle = form.getCircleId().isBlank() ? null : uuid(form.getCircleId(), "circleId", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new RaiseCommand(form.getDraftId(), form.getTitle(), form.getDescription(), kind, form.getDomains(),
				form.getPrinciples(), java.util.stream.Stream.concat(form.getEvidence().stream().map(EvidenceRef::story),
						form.getSessions().stream().map(EvidenceRef::session)).toList(), circle, audience,
				scope, form.isAnonymous());
	}

	private static @Nullable UUID uuid(String value, String field, List<Violation> violations) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation(field, "signals.api.unknown-value", value));
			return null;
		}
	}

	static String audienceValue(Audience audience) {
		return audience.kind() == AudienceKind.NETWORK ? "NETWORK:" + audience.scopeId() : "ORGANISATION";
	}

}

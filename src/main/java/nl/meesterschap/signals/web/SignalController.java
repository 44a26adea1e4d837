package nl.meesterschap.signals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ThreadView;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.AnswerService;
import nl.meesterschap.signals.internal.EndorsementService;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.PrivacyRefusedException;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalConversations;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalView;
import nl.meesterschap.signals.internal.StatusCommand;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;
import nl.meesterschap.web.PendingForms;

/**
 * One signal: what was raised and its evidence, how widely it is recognised, the official answers of the policy
 * side (and, for them, the answer form), and the colleagues' conversation.
 */
@Controller
@RequestMapping("/signalen/{id}")
class SignalController {

	private final SignalLookup lookup;

	private final SignalReader reader;

	private final EndorsementService endorsements;

	private final AnswerService answers;

	private final Conversations conversations;

	private final PrivacyGuard guard;

	private final PendingForms pendingForms;

	private final AudienceLabels audiences;

	SignalController(SignalLookup lookup, SignalReader reader, EndorsementService endorsements, AnswerService answers,
			Conversations conversations, PrivacyGuard guard, PendingForms pendingForms, AudienceLabels audiences) {
		this.lookup = lookup;
		this.reader = reader;
		this.endorsements = endorsements;
		this.answers = answers;
		this.conversations = conversations;
		this.guard = guard;
		this.pendingForms = pendingForms;
		this.audiences = audiences;
	}

	@GetMapping
	String signal(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, HttpSession session,
			Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		StatusForm form = new StatusForm();
		pendingForms.take(session, "/signalen/" + id).ifPresent(kept -> {
			if (kept.first("response") != null) {
				form.setStatus(kept.first("status"));
				form.setResponse(kept.first("response"));
			}
			model.addAttribute("keptBody", kept.first("body"));
			model.addAttribute("keptKind", kept.first("kind"));
			model.addAttribute("notice", "signals.restored");
		});
		return page(reader.view(id, viewer), viewer, form, List.of(), model);
	}

	@PostMapping("/herkennen")
	String endorse(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(name = "evidence", required = false) @Nullable List<UUID> evidence,
			RedirectAttributes redirect) {
		try {
			endorsements.endorse(me.personId(), id,
					evidence == null ? List.of() : evidence.stream().map(EvidenceRef::story).toList());
			redirect.addFlashAttribute("notice", "signals.endorsed");
		}
		catch (ApiProblemException e) {
			redirect.addFlashAttribute("alert", e.getReason());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:/signalen/" + id + "#herkenning";
	}

	@PostMapping("/herkenning-intrekken")
	String withdraw(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam UUID endorsement, RedirectAttributes redirect) {
		try {
			endorsements.withdraw(me.personId(), id, endorsement);
			redirect.addFlashAttribute("notice", "signals.withdrawn");
		}
		catch (ApiProblemException e) {
			redirect.addFlashAttribute("alert", e.getReason());
		}
		return "redirect:/signalen/" + id + "#herkenning";
	}

	@PostMapping("/status")
	String changeStatus(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Viewer viewer = lookup.viewer(me.personId());
		try {
			answers.change(me.personId(), id, command(form));
			redirect.addFlashAttribute("notice", "signals.status.changed");
			return "redirect:/signalen/" + id + "#antwoord";
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(reader.view(id, viewer), viewer, form, List.of(), model);
		}
		catch (PrivacyRefusedException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(reader.view(id, viewer), viewer, form, e.findings(), model);
		}
		catch (ApiProblemException e) {
			if (e.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
				throw e;
			}
			redirect.addFlashAttribute("alert", "signals.status.stale");
			return "redirect:/signalen/" + id + "#antwoord";
		}
	}

	@PostMapping("/status/vervangen")
	String replaceAll(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("statusForm") StatusForm form, Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		SignalView view = triaged(id, viewer);
		form.setResponse(PrivacyFixes.replaceAll(form.getResponse(), "response", findings(form)));
		model.addAttribute("notice", "signals.privacy.replaced");
		return page(view, viewer, form, findings(form), model);
	}

	@PostMapping("/status/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam String waive,
			@ModelAttribute("statusForm") StatusForm form, Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		SignalView view = triaged(id, viewer);
		Map.Entry<FindingType, String> finding = PrivacyFixes.waiver(waive);
		try {
			guard.waive(me.personId(), me.organisationId(), AnswerService.privacySubject(form.getDraftId()),
					finding.getKey(), finding.getValue());
			model.addAttribute("notice", "signals.privacy.waived");
		}
		catch (NotWaivableException e) {
			model.addAttribute("alert", "signals.privacy.bsn-never");
		}
		return page(view, viewer, form, findings(form), model);
	}

	/** The signal for someone who may answer it; 403 for a reader who may not. */
	private SignalView triaged(UUID id, Viewer viewer) {
		SignalView view = reader.view(id, viewer);
		if (!view.triager()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "signals.status.forbidden");
		}
		return view;
	}

	private List<FieldFinding> findings(StatusForm form) {
		return guard.blocking(AnswerService.privacySubject(form.getDraftId()), Map.of("response", form.getResponse()));
	}

	private String page(SignalView view, Viewer viewer, StatusForm form, List<FieldFinding> findings, Model model) {
		Signal signal = view.signal();
		String path = signal.url();
		model.addAttribute("view", view);
		model.addAttribute("signal", signal);
		model.addAttribute("audience", audiences.label(signal.audience()));
		model.addAttribute("returnPath", path);
		model.addAttribute("hiddenReason", signal.hidden()
				? conversations.hiddenReason(SignalConversations.KIND, signal.id()).orElse("") : null);
		model.addAttribute("thread", signal.hidden() ? null : thread(signal, viewer));
		model.addAttribute("ownStories", view.mine() ? List.of() : reader.ownStories(viewer));
		model.addAttribute("statusForm", form);
		model.addAttribute("findings", findings);
		if (view.triager() && !signal.hidden() && !signal.status().next().isEmpty()) {
			List<KoersVersion> versions = answers.versions(signal);
			model.addAttribute("nextStatuses", List.copyOf(signal.status().next()));
			model.addAttribute("versions", versions);
			model.addAttribute("principleOptions", principleOptions(versions));
		}
		return "signals/signal";
	}

	/** The colleagues' conversation, when the reader is in the signal's audience (the policy side may not be). */
	private @Nullable ThreadView thread(Signal signal, Viewer viewer) {
		try {
			return conversations.thread(SignalConversations.KIND, signal.id(), viewer);
		}
		catch (ItemNotFoundException e) {
			return null;
		}
	}

	/** Principles to link an adoption to: those of the newest version, then ones dropped in an earlier one. */
	private static List<Principle> principleOptions(List<KoersVersion> versions) {
		Map<String, Principle> byCode = new LinkedHashMap<>();
		versions.forEach(v -> v.principles().forEach(p -> byCode.putIfAbsent(p.code(), p)));
		return new ArrayList<>(byCode.values());
	}

	private static StatusCommand command(StatusForm form) {
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		SignalStatus status = Enums.parse(SignalStatus.class, form.getStatus(), "status", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new StatusCommand(form.getDraftId(), status, form.getResponse(), form.getKoersVersion(),
				Optional.ofNullable(form.getPrinciple()).filter(p -> !p.isBlank()).orElse(null));
	}

}

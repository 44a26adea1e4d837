package nl.meesterschap.conversation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.conversation.internal.DilemmaService;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.JoinOfferException;
import nl.meesterschap.conversation.internal.RateLimitedException;
import nl.meesterschap.conversation.internal.ResponseRefusedException;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.conversation.internal.SubjectLookup;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.privacy.Redaction;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * Responding on a subject's page. A response that cannot be posted yet (privacy findings, the offer to join the
 * previous one, a limit, an error) opens a page of its own with the text kept, never lost.
 */
@Controller
@RequestMapping("/gesprekken")
class ConversationController {

	private final ResponseService responses;

	private final DilemmaService dilemmas;

	private final SubjectLookup subjects;

	private final PrivacyGuard guard;

	ConversationController(ResponseService responses, DilemmaService dilemmas, SubjectLookup subjects,
			PrivacyGuard guard) {
		this.responses = responses;
		this.dilemmas = dilemmas;
		this.subjects = subjects;
		this.guard = guard;
	}

	@PostMapping("/{kind}/{subjectId}/reacties")
	String respond(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String kind,
			@PathVariable UUID subjectId, @ModelAttribute("form") RespondForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Subject subject = subjects.visible(kind, subjectId, me.personId());
		try {
			ResponseRow posted = responses.post(me.personId(), kind, subjectId, form.getParentId(),
					kindOf(form.getKind()), form.getBody(), form.getDraftId(), joinOf(form.getJoin()));
			redirect.addFlashAttribute("notice",
					posted.status().name().equals("PENDING") ? "conversation.posted.pending" : "conversation.posted");
			return "redirect:" + subject.url() + "#reactie-" + posted.id();
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			return page(subject, form, List.of(), null, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
		}
		catch (ResponseRefusedException e) {
			return page(subject, form, e.findings(), null, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
		}
		catch (JoinOfferException e) {
			model.addAttribute("joinOffer", true);
			return page(subject, form, List.of(), null, HttpStatus.OK, model, response);
		}
		catch (RateLimitedException e) {
			return page(subject, form, List.of(), e, HttpStatus.TOO_MANY_REQUESTS, model, response);
		}
	}

	/** Replaces every finding in the text by its placeholder and shows the form again (nothing is posted yet). */
	@PostMapping("/{kind}/{subjectId}/reacties/vervangen")
	String replaceAll(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String kind,
			@PathVariable UUID subjectId, @ModelAttribute("form") RespondForm form, Model model,
			HttpServletResponse response) {
		Subject subject = subjects.visible(kind, subjectId, me.personId());
		List<FieldFinding> findings = responses.findings(form.getDraftId(), form.getBody());
		form.setBody(Redaction.replace(form.getBody(), findings.stream().map(FieldFinding::finding).toList(),
				f -> f.type().placeholder()));
		model.addAttribute("notice", "conversation.replaced");
		return page(subject, form, responses.findings(form.getDraftId(), form.getBody()), null, HttpStatus.OK, model,
				response);
	}

	/** "Geen persoonsgegeven" for one finding of the response being written (never a BSN). */
	@PostMapping("/{kind}/{subjectId}/reacties/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String kind,
			@PathVariable UUID subjectId, @RequestParam String waive, @ModelAttribute("form") RespondForm form,
			Model model, HttpServletResponse response) {
		Subject subject = subjects.visible(kind, subjectId, me.personId());
		String[] parts = waive.split("\\|", 2);
		try {
			guard.waive(me.personId(), me.organisationId(), new PrivacySubject("response", form.getDraftId()),
					FindingType.valueOf(parts[0]), parts.length == 2 ? parts[1] : "");
			model.addAttribute("notice", "story.privacy.waived");
		}
		catch (NotWaivableException e) {
			model.addAttribute("alert", "privacy.not-waivable");
		}
		return page(subject, form, responses.findings(form.getDraftId(), form.getBody()), null, HttpStatus.OK, model,
				response);
	}

	@GetMapping("/reacties/{id}/bewerken")
	String editForm(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		ResponseRow row = responses.find(id).filter(r -> r.authorId().equals(me.personId()))
			.orElseThrow(nl.meesterschap.web.ItemNotFoundException::new);
		Subject subject = subjects.visible(row.subjectKind(), row.subjectId(), me.personId());
		RespondForm form = new RespondForm();
		form.setBody(row.body());
		form.setDraftId(row.id());
		model.addAttribute("editing", row);
		return page(subject, form, List.of(), null, HttpStatus.OK, model, response);
	}

	@PostMapping("/reacties/{id}/bewerken")
	String edit(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("form") RespondForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ResponseRow row = responses.find(id).filter(r -> r.authorId().equals(me.personId()))
			.orElseThrow(nl.meesterschap.web.ItemNotFoundException::new);
		Subject subject = subjects.visible(row.subjectKind(), row.subjectId(), me.personId());
		form.setDraftId(row.id());
		model.addAttribute("editing", row);
		try {
			responses.edit(me.personId(), id, form.getBody());
			redirect.addFlashAttribute("notice", "conversation.edited");
			return "redirect:" + subject.url() + "#reactie-" + id;
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			return page(subject, form, List.of(), null, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
		}
		catch (ResponseRefusedException e) {
			return page(subject, form, e.findings(), null, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
		}
	}

	@PostMapping("/reacties/{id}/verwijderen")
	String delete(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
		ResponseRow row = responses.find(id).orElseThrow(nl.meesterschap.web.ItemNotFoundException::new);
		Subject subject = subjects.visible(row.subjectKind(), row.subjectId(), me.personId());
		responses.delete(me.personId(), id);
		redirect.addFlashAttribute("notice", "conversation.deleted");
		return "redirect:" + subject.url() + "#reacties";
	}

	@PostMapping("/reacties/{id}/geholpen")
	String helpful(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean helpful, RedirectAttributes redirect) {
		ResponseRow row = responses.find(id).orElseThrow(nl.meesterschap.web.ItemNotFoundException::new);
		Subject subject = subjects.visible(row.subjectKind(), row.subjectId(), me.personId());
		responses.markHelpful(me.personId(), id, helpful);
		return "redirect:" + subject.url() + "#reactie-" + id;
	}

	/** Toggles "herkenbaar" or "leerzaam" on a subject or response; htmx swaps only the buttons. */
	@PostMapping("/{targetKind}/{targetId}/waardering")
	String react(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String targetKind,
			@PathVariable UUID targetId, @RequestParam String soort, @RequestParam(defaultValue = "true") boolean aan,
			@RequestParam(defaultValue = "") String terug, RedirectAttributes redirect) {
		ReactionKind kind = ReactionKind.valueOf(soort);
		try {
			responses.react(me.personId(), targetKind, targetId, kind, aan);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:" + (terug.startsWith("/") && !terug.startsWith("//") ? terug : "/");
	}

	@PostMapping("/{kind}/{subjectId}/dilemma")
	String openDilemma(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String kind,
			@PathVariable UUID subjectId, @RequestParam(defaultValue = "") String question,
			@RequestParam(name = "option", required = false) @Nullable List<String> options,
			@RequestParam(defaultValue = "-1") int ownerChoice, @RequestParam(defaultValue = "") String ownerReasoning,
			@RequestParam(defaultValue = "") String hideFromStep, RedirectAttributes redirect) {
		Subject subject = subjects.visible(kind, subjectId, me.personId());
		try {
			dilemmas.open(me.personId(), kind, subjectId, question, options == null ? List.of() : options, ownerChoice,
					ownerReasoning, hideFromStep);
			redirect.addFlashAttribute("notice", "conversation.dilemma.opened");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
			redirect.addFlashAttribute("dilemmaQuestion", question);
			redirect.addFlashAttribute("dilemmaOptions", options);
		}
		catch (ResponseRefusedException e) {
			redirect.addFlashAttribute("alert", "conversation.privacy.refused");
		}
		return "redirect:" + subject.url() + "#dilemma";
	}

	@PostMapping("/{kind}/{subjectId}/dilemma/antwoord")
	String answerDilemma(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String kind,
			@PathVariable UUID subjectId, @RequestParam(defaultValue = "-1") int choice,
			@RequestParam(defaultValue = "") String reasoning, RedirectAttributes redirect) {
		Subject subject = subjects.visible(kind, subjectId, me.personId());
		try {
			dilemmas.answer(me.personId(), kind, subjectId, choice, reasoning);
			redirect.addFlashAttribute("notice", "conversation.dilemma.answered");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
			redirect.addFlashAttribute("dilemmaReasoning", reasoning);
		}
		catch (ResponseRefusedException e) {
			redirect.addFlashAttribute("alert", "conversation.privacy.refused");
			redirect.addFlashAttribute("dilemmaReasoning", reasoning);
		}
		catch (ApiProblemException e) {
			redirect.addFlashAttribute("alert", e.getReason());
		}
		return "redirect:" + subject.url() + "#dilemma";
	}

	private String page(Subject subject, RespondForm form, List<FieldFinding> findings,
			@Nullable RateLimitedException limited, HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("subject", subject);
		model.addAttribute("form", form);
		model.addAttribute("findings", findings);
		model.addAttribute("kinds", ResponseKind.values());
		if (limited != null) {
			model.addAttribute("limited", limited);
		}
		return "conversation/respond";
	}

	private static @Nullable ResponseKind kindOf(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ResponseKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Join joinOf(String join) {
		return switch (join) {
			case "toevoegen" -> Join.ADD_TO_PREVIOUS;
			case "nieuw" -> Join.NEW;
			default -> Join.ASK;
		};
	}

}

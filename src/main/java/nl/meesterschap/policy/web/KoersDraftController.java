package nl.meesterschap.policy.web;

import java.util.Optional;

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

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.Draft;
import nl.meesterschap.policy.internal.KoersEditing;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The koers editor ("concept"): start a draft, edit its vision, change note and principles, publish it. Plain
 * forms that work without JavaScript; refused input comes back next to its field with what was typed (422).
 */
@Controller
@RequestMapping("/koers/{slug}/concept")
class KoersDraftController {

	private final KoersEditing editing;

	KoersDraftController(KoersEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String draft(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = editing.editableOrganisation(me.personId(), slug);
		Optional<Draft> draft = editing.draft(me.personId(), slug);
		return draft.isPresent() ? editor(draft.get(), DraftTextForm.of(draft.get()), model)
				: start(organisation, new DraftTextForm(), model);
	}

	@PostMapping
	String start(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("form") DraftTextForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OrganisationSummary organisation = editing.editableOrganisation(me.personId(), slug);
		try {
			editing.startDraft(me.personId(), slug, form.getTitle(), form.getPeriod());
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return start(organisation, form, model);
		}
		redirect.addFlashAttribute("notice", "koers.draft.started");
		return redirectToDraft(slug, null);
	}

	@PostMapping("/tekst")
	String saveText(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("form") DraftTextForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			editing.saveText(me.personId(), slug, form.getVision(), form.getChangeNote());
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return editor(currentDraft(me, slug), form, model);
		}
		redirect.addFlashAttribute("notice", "koers.draft.saved");
		return redirectToDraft(slug, null);
	}

	/** Saves the texts as typed, then publishes; when publishing is refused the texts stay saved. */
	@PostMapping("/publiceren")
	String publish(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("form") DraftTextForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			editing.saveText(me.personId(), slug, form.getVision(), form.getChangeNote());
			editing.publish(me.personId(), slug);
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return editor(currentDraft(me, slug), form, model);
		}
		redirect.addFlashAttribute("notice", "koers.draft.published");
		return "redirect:/koers/" + slug;
	}

	@PostMapping("/weggooien")
	String discard(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			RedirectAttributes redirect) {
		editing.discardDraft(me.personId(), slug);
		redirect.addFlashAttribute("notice", "koers.draft.discarded");
		return "redirect:/koers/" + slug;
	}

	@GetMapping("/principes/nieuw")
	String newPrinciple(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		return principleForm(currentDraft(me, slug), new PrincipleForm(), null, model);
	}

	@PostMapping("/principes/nieuw")
	String addPrinciple(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("form") PrincipleForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Principle added = editing.addPrinciple(me.personId(), slug, form.input());
			redirect.addFlashAttribute("notice", "koers.principle.added");
			return redirectToDraft(slug, added.code());
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return principleForm(currentDraft(me, slug), form, null, model);
		}
	}

	@GetMapping("/principes/{code}")
	String principle(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String code, Model model) {
		Draft draft = currentDraft(me, slug);
		Principle principle = draft.principle(code).orElseThrow(ItemNotFoundException::new);
		return principleForm(draft, PrincipleForm.of(principle), code, model);
	}

	@PostMapping("/principes/{code}")
	String updatePrinciple(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String code, @ModelAttribute("form") PrincipleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Principle saved = editing.updatePrinciple(me.personId(), slug, code, form.input());
			redirect.addFlashAttribute("notice", "koers.principle.saved");
			return redirectToDraft(slug, saved.code());
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return principleForm(currentDraft(me, slug), form, code, model);
		}
	}

	@PostMapping("/principes/{code}/verwijderen")
	String removePrinciple(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String code, RedirectAttributes redirect) {
		editing.removePrinciple(me.personId(), slug, code);
		redirect.addFlashAttribute("notice", "koers.principle.removed");
		return redirectToDraft(slug, null);
	}

	@PostMapping("/principes/{code}/verplaatsen")
	String movePrinciple(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String code, @RequestParam String richting) {
		if (!richting.equals("omhoog") && !richting.equals("omlaag")) {
			throw new ItemNotFoundException();
		}
		editing.movePrinciple(me.personId(), slug, code, richting.equals("omhoog"));
		return redirectToDraft(slug, code);
	}

	private Draft currentDraft(AuthenticatedPerson me, String slug) {
		return editing.draft(me.personId(), slug).orElseThrow(ItemNotFoundException::new);
	}

	private String start(OrganisationSummary organisation, DraftTextForm form, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("hasKoers", editing.hasKoers(organisation.id()));
		return "policy/draft-start";
	}

	private static String editor(Draft draft, DraftTextForm form, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		return "policy/draft";
	}

	private static String principleForm(Draft draft, PrincipleForm form, @Nullable String code, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute("code", code);
		model.addAttribute("domains", Domain.values());
		return "policy/principle-form";
	}

	private static void refused(InvalidInputException e, BindingResult result, HttpServletResponse response) {
		e.applyTo(result);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
	}

	private static String redirectToDraft(String slug, @Nullable String code) {
		return "redirect:/koers/" + slug + "/concept" + (code == null ? "" : "#principe-" + code);
	}

}

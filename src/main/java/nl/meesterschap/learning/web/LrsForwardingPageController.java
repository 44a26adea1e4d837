package nl.meesterschap.learning.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.learning.forwarding.LrsForwarding;
import nl.meesterschap.web.InvalidInputException;

/**
 * Beheer › Leerregistraties › Doorsturen: an administrator names another LRS that receives a copy of every
 * statement, and sees how far forwarding is (waiting, refused, the last error).
 */
@Controller
class LrsForwardingPageController {

	private final LrsAdministration administration;

	private final LrsForwarding forwarding;

	LrsForwardingPageController(LrsAdministration administration, LrsForwarding forwarding) {
		this.administration = administration;
		this.forwarding = forwarding;
	}

	@GetMapping("/beheer/{slug}/lrs/doorsturen")
	String page(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		ForwardingForm form = new ForwardingForm();
		forwarding.of(organisation.id()).ifPresent(target -> {
			form.setEndpoint(target.endpoint());
			form.setUsername(target.username());
			form.setXapiVersion(target.xapiVersion().header());
			form.setEnabled(target.enabled());
		});
		return show(organisation, form, model);
	}

	@PostMapping("/beheer/{slug}/lrs/doorsturen")
	String save(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("forwardingForm") ForwardingForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		try {
			forwarding.configure(organisation.id(), me.personId(), new LrsForwarding.Settings(form.getEndpoint(),
					form.getUsername(), form.getPassword(), form.getXapiVersion(), form.isEnabled()));
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			form.setPassword("");
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(organisation, form, model);
		}
		redirect.addFlashAttribute("notice", "lrs.forwarding.saved");
		return "redirect:/beheer/" + slug + "/lrs/doorsturen";
	}

	@PostMapping("/beheer/{slug}/lrs/doorsturen/stoppen")
	String remove(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		if (forwarding.remove(organisation.id())) {
			redirect.addFlashAttribute("notice", "lrs.forwarding.removed");
		}
		return "redirect:/beheer/" + slug + "/lrs/doorsturen";
	}

	private String show(OrganisationSummary organisation, ForwardingForm form, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("forwardingForm", form);
		model.addAttribute("target", forwarding.of(organisation.id()).orElse(null));
		return "learning/forwarding";
	}

}

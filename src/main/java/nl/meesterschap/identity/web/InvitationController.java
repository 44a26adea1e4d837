package nl.meesterschap.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.meesterschap.identity.internal.Invitations;
import nl.meesterschap.identity.internal.Invitations.Lookup;
import nl.meesterschap.identity.internal.Invitations.State;
import nl.meesterschap.web.InvalidInputException;

/** Where an invitation link leads: the new person chooses a password, then logs in. */
@Controller
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/uitnodiging/{secret}")
	String show(@PathVariable String secret, Model model, HttpServletResponse response) {
		Lookup lookup = invitations.lookup(secret);
		model.addAttribute("state", lookup.state());
		model.addAttribute("person", lookup.person());
		model.addAttribute("form", new PasswordForm());
		if (lookup.state() != State.VALID) {
			response.setStatus(lookup.state() == State.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		}
		return "identity/invitation";
	}

	@PostMapping("/uitnodiging/{secret}")
	String accept(@PathVariable String secret, @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Lookup lookup = invitations.lookup(secret);
		if (lookup.state() != State.VALID) {
			return show(secret, model, response);
		}
		try {
			invitations.accept(secret, form.getPassword(), form.getPasswordConfirmation());
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			model.addAttribute("state", lookup.state());
			model.addAttribute("person", lookup.person());
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "identity/invitation";
		}
		redirect.addFlashAttribute("welcome", true);
		return "redirect:/inloggen";
	}

}

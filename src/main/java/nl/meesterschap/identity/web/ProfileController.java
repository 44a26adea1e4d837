package nl.meesterschap.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.internal.ApiTokens;
import nl.meesterschap.identity.internal.Profiles;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** "Mijn profiel": who I am, my teams and roles, my password, my language and my API tokens. */
@Controller
class ProfileController {

	private final Profiles profiles;

	private final ApiTokens tokens;

	private final LocaleResolver locales;

	ProfileController(Profiles profiles, ApiTokens tokens, LocaleResolver locales) {
		this.profiles = profiles;
		this.tokens = tokens;
		this.locales = locales;
	}

	@GetMapping("/profiel")
	String profile(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		model.addAttribute("profile", profiles.profile(me.personId()));
		model.addAttribute("tokens", tokens.of(me.personId()));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return "identity/profile";
	}

	@PostMapping("/profiel/wachtwoord")
	String changePassword(@AuthenticationPrincipal AuthenticatedPerson me,
			@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			profiles.changePassword(me.personId(), form.getCurrentPassword(), form.getPassword(),
					form.getPasswordConfirmation());
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return profile(me, model);
		}
		redirect.addFlashAttribute("notice", "profile.password.changed");
		return "redirect:/profiel";
	}

	@PostMapping("/profiel/taal")
	String language(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam String language,
			HttpServletRequest request, HttpServletResponse response) {
		String chosen = language.equals("en") ? "en" : "nl";
		profiles.setPreferredLocale(me.personId(), chosen);
		locales.setLocale(request, response, java.util.Locale.forLanguageTag(chosen));
		return "redirect:/profiel";
	}

	@PostMapping("/profiel/tokens")
	String issueToken(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			ApiTokens.IssuedToken issued = tokens.issue(me.personId(), name);
			redirect.addFlashAttribute("newToken", issued.secret());
			redirect.addFlashAttribute("newTokenName", issued.token().name());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("tokenError", e.violations().get(0).code());
		}
		return "redirect:/profiel#tokens";
	}

	@PostMapping("/profiel/tokens/{id}/intrekken")
	String revokeToken(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		if (!tokens.revoke(me.personId(), id)) {
			throw new ItemNotFoundException();
		}
		redirect.addFlashAttribute("notice", "profile.token.revoked");
		return "redirect:/profiel#tokens";
	}

}

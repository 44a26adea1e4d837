package nl.meesterschap.circles.web;

import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.MethodService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** The methods circles can use, each with its steps; team leads and administrators add their organisation's own. */
@Controller("circlesMethodController")
@RequestMapping("/leerkringen/methoden")
class MethodController {

	private final MethodService methods;

	private final People people;

	MethodController(MethodService methods, People people) {
		this.methods = methods;
		this.people = people;
	}

	@GetMapping
	String methods(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		model.addAttribute("methods", methods.forOrganisationOf(me.personId()));
		model.addAttribute("mayAdd", methods.mayAdd(me.personId()));
		model.addAttribute("organisation", people.organisation(me.organisationId()).map(o -> o.name()).orElse(""));
		return "circles/methods";
	}

	@GetMapping("/{id}")
	String method(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		Method method = methods.visibleTo(id, me.personId());
		model.addAttribute("method", method);
		model.addAttribute("organisation", method.standard() ? ""
				: people.organisation(method.organisationId()).map(o -> o.name()).orElse(""));
		return "circles/method";
	}

	@GetMapping("/nieuw")
	String newMethod(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		requireMayAdd(me);
		return form(me, MethodForm.empty(), model);
	}

	@PostMapping("/nieuw")
	String add(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") MethodForm form,
			BindingResult result, @RequestParam(defaultValue = "opslaan") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireMayAdd(me);
		if (action.equals("meer")) {
			form.addRows(3);
			return form(me, form, model);
		}
		try {
			Method method = methods.add(me.personId(), form.input());
			redirect.addFlashAttribute("notice", "method.added");
			return "redirect:/leerkringen/methoden/" + method.id();
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return form(me, form, model);
		}
	}

	private String form(AuthenticatedPerson me, MethodForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", people.organisation(me.organisationId()).map(o -> o.name()).orElse(""));
		model.addAttribute("actors", Method.Actor.values());
		model.addAttribute("kinds", Method.Kind.values());
		return "circles/method-form";
	}

	private void requireMayAdd(AuthenticatedPerson me) {
		if (!methods.mayAdd(me.personId())) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "method.add.forbidden");
		}
	}

}

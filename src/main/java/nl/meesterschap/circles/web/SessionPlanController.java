package nl.meesterschap.circles.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.MethodService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** Planning a session of a circle, changing it, or cancelling it. */
@Controller("circlesSessionPlanController")
class SessionPlanController {

	private final CircleService circles;

	private final SessionService sessions;

	private final MethodService methods;

	SessionPlanController(CircleService circles, SessionService sessions, MethodService methods) {
		this.circles = circles;
		this.sessions = sessions;
		this.methods = methods;
	}

	@GetMapping("/leerkringen/{id}/sessies/nieuw")
	String planning(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		Circle circle = circles.ofMember(id, me.personId());
		circles.requireFacilitator(circle, me.personId());
		SessionForm form = new SessionForm();
		form.setMethod(circle.kind() == Circle.Kind.MORAL_DELIBERATION ? "DILEMMA" : "INCIDENT");
		form.setStartTime("14:00");
		form.setEndTime("15:30");
		return form(circle, null, form, model);
	}

	@PostMapping("/leerkringen/{id}/sessies/nieuw")
	String plan(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("form") SessionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Circle circle = circles.ofMember(id, me.personId());
		try {
			Session session = sessions.plan(me.personId(), id, form.input());
			redirect.addFlashAttribute("notice", "session.planned");
			return "redirect:/sessies/" + session.id();
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response, SessionForm.FIELDS);
			return form(circle, null, form, model);
		}
	}

	@GetMapping("/sessies/{id}/wijzigen")
	String editing(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		SessionContext context = sessions.context(id, me.personId());
		if (!context.leads() || !context.open()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "session.lead-only");
		}
		return form(context.circle(), context, SessionForm.of(context.session(), context.method().code()), model);
	}

	@PostMapping("/sessies/{id}/wijzigen")
	String update(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("form") SessionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SessionContext context = sessions.context(id, me.personId());
		try {
			sessions.update(me.personId(), id, form.input());
			redirect.addFlashAttribute("notice", "session.changed");
			return "redirect:/sessies/" + id;
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response, SessionForm.FIELDS);
			return form(context.circle(), context, form, model);
		}
	}

	@PostMapping("/sessies/{id}/annuleren")
	String cancel(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
		Session session = sessions.cancel(me.personId(), id);
		redirect.addFlashAttribute("notice", "session.cancelled");
		return "redirect:/leerkringen/" + session.circleId();
	}

	private String form(Circle circle, @Nullable SessionContext context, SessionForm form, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("context", context);
		model.addAttribute("form", form);
		model.addAttribute("methods", methods.availableTo(circle));
		model.addAttribute("memberCount", circles.activeMemberIds(circle.id()).size());
		return "circles/session-form";
	}

}

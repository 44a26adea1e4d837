package nl.meesterschap.circles.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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

import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Dilemma;
import nl.meesterschap.circles.internal.FacilitationService;
import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.PendingForms;

/**
 * Facilitation mode: a page for the shared screen that walks the group through the method. Without JavaScript it
 * is a list of steps with start and planned end times; with htmx the current step and its timer refresh every
 * second, so every screen in the room follows. Those who lead move between steps; notes are kept per step.
 */
@Controller("circlesFacilitationController")
@RequestMapping("/sessies/{id}/begeleiden")
class FacilitationController {

	private final SessionService sessions;

	private final FacilitationService facilitation;

	private final CircleService circles;

	private final OutcomeService outcomes;

	private final SessionPageModel pages;

	private final PendingForms pendingForms;

	FacilitationController(SessionService sessions, FacilitationService facilitation, CircleService circles,
			OutcomeService outcomes, SessionPageModel pages, PendingForms pendingForms) {
		this.sessions = sessions;
		this.facilitation = facilitation;
		this.circles = circles;
		this.outcomes = outcomes;
		this.pages = pages;
		this.pendingForms = pendingForms;
	}

	@GetMapping
	String screen(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, HttpSession httpSession,
			Model model, Locale locale) {
		SessionContext context = sessions.context(id, me.personId());
		FacilitationForm form = form(context);
		pendingForms.take(httpSession, path(id)).ifPresent(kept -> {
			if (kept.first("note") != null) {
				form.setNote(kept.first("note"));
				model.addAttribute("restored", true);
			}
		});
		return page(context, form, model, locale);
	}

	/** The current step and its timer, for htmx to refresh. */
	@GetMapping("/stand")
	String live(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model, Locale locale) {
		SessionContext context = sessions.context(id, me.personId());
		pages.live(context, model, locale);
		return "circles/facilitate :: live";
	}

	@PostMapping
	String act(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "opslaan") String action, @ModelAttribute("form") FacilitationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		SessionContext context = sessions.context(id, me.personId());
		try {
			if (context.session().started() && !context.stepsDone() && form.getStep() > 0) {
				save(me, context, form);
			}
			Integer current = context.session().currentStep();
			int target = switch (action) {
				case "start" -> 1;
				case "volgende" -> (current == null ? 0 : current) + 1;
				case "vorige" -> Math.max(1, (current == null ? 1 : current) - 1);
				default -> action.startsWith("stap:") ? Integer.parseInt(action.substring(5)) : -1;
			};
			if (target > 0) {
				facilitation.goTo(me.personId(), id, target);
			}
			else {
				redirect.addFlashAttribute("notice", "session.facilitate.saved");
			}
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response, weighingFields(context));
			return page(sessions.context(id, me.personId()), form, model, locale);
		}
		catch (NumberFormatException e) {
			// an unknown step button: stay where we are
		}
		return "redirect:/sessies/" + id + "/begeleiden";
	}

	/** A member writes down their own weighing in step 7 of the dilemma method. */
	@PostMapping("/afweging")
	String ownWeighing(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute WeighingRow row, RedirectAttributes redirect) {
		row.setPersonId(me.personId().toString());
		try {
			facilitation.saveOwnWeighing(me.personId(), id, row.weighing());
			redirect.addFlashAttribute("notice", "session.dilemma.weighing-saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", "session.dilemma.weighing-too-long");
		}
		return "redirect:/sessies/" + id + "/begeleiden";
	}

	private void save(AuthenticatedPerson me, SessionContext context, FacilitationForm form) {
		if (!context.takesNotes()) {
			return;
		}
		if (form.getNote() != null) {
			facilitation.saveNote(me.personId(), context.session().id(), form.getStep(), form.getNote());
		}
		Method.Part part = context.method().step(form.getStep()).map(Method.Step::part).orElse(null);
		if (part != null) {
			Dilemma current = facilitation.dilemma(context);
			facilitation.saveDilemma(me.personId(), context.session().id(), form.over(current, part));
		}
		if (form.hasAction()) {
			if (!form.getActionDueDate().isBlank() && Forms.date(form.getActionDueDate()) == null) {
				throw new InvalidInputException("dueDate", "session.action.due-invalid");
			}
			outcomes.addAction(me.personId(), context.session().id(), form.getActionDescription(),
					Forms.uuid(form.getActionOwnerId()), Forms.date(form.getActionDueDate()));
		}
	}

	private String page(SessionContext context, FacilitationForm form, Model model, Locale locale) {
		pages.fill(context, model, locale);
		pages.record(context, model);
		model.addAttribute("form", form);
		model.addAttribute("keepPath", path(context.session().id()));
		Dilemma dilemma = context.method().structured() ? facilitation.dilemma(context) : Dilemma.empty();
		model.addAttribute("ownWeighing", dilemma.weighings().stream()
			.filter(w -> w.personId().equals(context.personId()))
			.findFirst()
			.map(WeighingRow::of)
			.orElseGet(() -> WeighingRow.of(new Dilemma.Weighing(context.personId(), "", "", "", "", ""))));
		return "circles/facilitate";
	}

	private FacilitationForm form(SessionContext context) {
		Integer current = context.session().currentStep();
		Dilemma dilemma = context.method().structured() ? facilitation.dilemma(context) : Dilemma.empty();
		return FacilitationForm.of(current == null ? 0 : current, facilitation.notes(context), dilemma,
				circles.activeMemberIds(context.circle().id()));
	}

	/** The service names a weighing by person ("weighings[<id>].choice"), the form by row; an action has its own fields. */
	private Map<String, String> weighingFields(SessionContext context) {
		Map<String, String> renamed = new HashMap<>(Map.of("description", "actionDescription", "ownerId",
				"actionOwnerId", "dueDate", "actionDueDate", "step", ""));
		List<UUID> members = circles.activeMemberIds(context.circle().id());
		for (int i = 0; i < members.size(); i++) {
			for (String field : List.of("choice", "carryingValue", "harmAccepted", "harmLimited", "needed")) {
				renamed.put("weighings[" + members.get(i) + "]." + field, "weighings[" + i + "]." + field);
			}
		}
		return renamed;
	}

	private static String path(UUID id) {
		return "/sessies/" + id + "/begeleiden";
	}

}

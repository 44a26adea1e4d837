package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.circles.internal.Action;
import nl.meesterschap.circles.internal.CaseService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.Rsvp;
import nl.meesterschap.circles.internal.SessionCase;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.PendingForms;

/**
 * Preparing a session (and reading it back afterwards): the method, roles, the case, who comes, and the actions
 * of earlier sessions to follow up. Members only; everyone else gets "not found".
 */
@Controller("circlesSessionController")
@RequestMapping("/sessies/{id}")
class SessionController {

	private final SessionService sessions;

	private final CaseService cases;

	private final OutcomeService outcomes;

	private final SessionPageModel pages;

	private final PendingForms pendingForms;

	SessionController(SessionService sessions, CaseService cases, OutcomeService outcomes, SessionPageModel pages,
			PendingForms pendingForms) {
		this.sessions = sessions;
		this.cases = cases;
		this.outcomes = outcomes;
		this.pages = pages;
		this.pendingForms = pendingForms;
	}

	@GetMapping
	String session(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, HttpSession httpSession,
			Model model, Locale locale) {
		SessionContext context = sessions.context(id, me.personId());
		CaseForm caseForm = pendingForms.take(httpSession, path(id)).map(CaseForm::of)
			.orElseGet(() -> cases.visibleTo(context).filter(c -> context.bringsCase()).map(CaseForm::of).orElse(new CaseForm()));
		return page(context, RolesForm.of(context.session().roles()), null, caseForm, null, model, locale);
	}

	@PostMapping("/aanwezig")
	String rsvp(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		Rsvp.Answer chosen = switch (answer) {
			case "YES", "NO", "MAYBE" -> Rsvp.Answer.valueOf(answer);
			default -> null;
		};
		try {
			sessions.rsvp(me.personId(), id, chosen);
			redirect.addFlashAttribute("notice", "session.rsvp.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", "session.rsvp.choose");
		}
		return "redirect:/sessies/" + id + "#aanwezig";
	}

	@PostMapping("/rollen")
	String roles(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("rolesForm") RolesForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			sessions.assignRoles(me.personId(), id, form.roles());
			redirect.addFlashAttribute("notice", "session.roles.saved");
			return "redirect:/sessies/" + id + "#rollen";
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			SessionContext context = sessions.context(id, me.personId());
			return page(context, form, result, new CaseForm(), null, model, locale);
		}
	}

	@PostMapping("/casus")
	String saveCase(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("caseForm") CaseForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		SessionContext context = sessions.context(id, me.personId());
		try {
			List<FieldFinding> findings = cases.save(me.personId(), id, Forms.uuid(form.getStoryId()),
					form.getCaseTitle(), form.getCaseText());
			if (!findings.isEmpty()) {
				response.setStatus(422);
				model.addAttribute("caseHeldBack", true);
				return page(context, RolesForm.of(context.session().roles()), null, form, result, model, locale);
			}
			redirect.addFlashAttribute("notice", "session.case.saved");
			return "redirect:/sessies/" + id + "#casus";
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return page(context, RolesForm.of(context.session().roles()), null, form, result, model, locale);
		}
	}

	@PostMapping("/casus/vervangen")
	String replace(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam String replace,
			RedirectAttributes redirect) {
		String[] parts = replace.split("\\|", 4);
		boolean done = parts.length == 4 && parts[1].matches("\\d{1,7}")
				&& cases.replace(me.personId(), id, parts[0], Integer.parseInt(parts[1]), parts[3], parts[2]);
		redirect.addFlashAttribute(done ? "notice" : "alert", done ? "session.privacy.replaced" : "session.privacy.changed");
		return "redirect:/sessies/" + id + "#casus";
	}

	@PostMapping("/casus/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam String waive,
			RedirectAttributes redirect) {
		String[] parts = waive.split("\\|", 2);
		try {
			cases.waive(me.personId(), id, FindingType.valueOf(parts[0]), parts.length == 2 ? parts[1] : "");
			redirect.addFlashAttribute("notice", "session.privacy.waived");
		}
		catch (NotWaivableException e) {
			redirect.addFlashAttribute("alert", "privacy.not-waivable");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("alert", "session.privacy.changed");
		}
		return "redirect:/sessies/" + id + "#casus";
	}

	/** Follows up an action of an earlier session; from the session page or the facilitation screen. */
	@PostMapping("/opvolging")
	String followUp(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam UUID actionId,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String terug,
			RedirectAttributes redirect) {
		Action.Status chosen = switch (status) {
			case "DONE", "NOT_DONE", "CARRIED_OVER" -> Action.Status.valueOf(status);
			default -> null;
		};
		try {
			outcomes.followUp(me.personId(), id, actionId, chosen);
			redirect.addFlashAttribute("notice", "session.follow-up.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", "session.follow-up.choose");
		}
		return "redirect:/sessies/" + id + (terug.equals("begeleiden") ? "/begeleiden" : "") + "#terugblik";
	}

	private String page(SessionContext context, RolesForm rolesForm, @Nullable BindingResult rolesErrors,
			CaseForm caseForm, @Nullable BindingResult caseErrors, Model model, Locale locale) {
		pages.fill(context, model, locale);
		pages.record(context, model);
		UUID me = context.personId();
		Map<UUID, Rsvp.Answer> answers = sessions.rsvps(context).stream()
			.collect(Collectors.toMap(Rsvp::personId, Rsvp::answer));
		model.addAttribute("answers", answers);
		model.addAttribute("myAnswer", answers.get(me));
		model.addAttribute("rolesForm", rolesForm);
		if (rolesErrors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "rolesForm", rolesErrors);
		}
		model.addAttribute("caseForm", caseForm);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseForm",
				caseErrors != null ? caseErrors : new BeanPropertyBindingResult(caseForm, "caseForm"));
		SessionCase visible = cases.visibleTo(context).orElse(null);
		model.addAttribute("sessionCase", visible);
		model.addAttribute("caseStory", visible == null ? null : cases.story(visible, me).orElse(null));
		model.addAttribute("caseHeldBackForOthers", !context.bringsCase() && cases.heldBack(context));
		if (context.bringsCase()) {
			model.addAttribute("ownStories", cases.ownStories(me));
			model.addAttribute("caseFindings", caseFindings(context));
		}
		model.addAttribute("keepPath", path(context.session().id()));
		return "circles/session";
	}

	private List<FindingsView> caseFindings(SessionContext context) {
		List<FieldFinding> findings = cases.findings(context);
		SessionCase c = cases.visibleTo(context).orElse(null);
		if (c == null || findings.isEmpty()) {
			return List.of();
		}
		return c.texts().entrySet().stream()
			.map(e -> FindingsView.of(e.getKey(), e.getValue(), findings.stream()
				.filter(f -> f.field().equals(e.getKey()))
				.map(FieldFinding::finding)
				.toList()))
			.filter(FindingsView::hasFindings)
			.toList();
	}

	private static String path(UUID id) {
		return "/sessies/" + id;
	}

}

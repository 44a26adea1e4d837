package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.Rsvp;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SummaryRefusedException;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.PendingForms;

/**
 * Closing a session: insights, agreed actions, who attended and for how long, closing (which needs that
 * attendance), and the summary the circle shares outside itself.
 */
@Controller("circlesOutcomeController")
@RequestMapping("/sessies/{id}/afronden")
class OutcomeController {

	private final SessionService sessions;

	private final OutcomeService outcomes;

	private final AttendanceService attendance;

	private final CircleService circles;

	private final SummaryPage summaryPage;

	private final SessionPageModel pages;

	private final PendingForms pendingForms;

	OutcomeController(SessionService sessions, OutcomeService outcomes, AttendanceService attendance,
			CircleService circles, SummaryPage summaryPage, SessionPageModel pages, PendingForms pendingForms) {
		this.sessions = sessions;
		this.outcomes = outcomes;
		this.attendance = attendance;
		this.circles = circles;
		this.summaryPage = summaryPage;
		this.pages = pages;
		this.pendingForms = pendingForms;
	}

	@GetMapping
	String outcome(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, HttpSession httpSession,
			Model model, Locale locale) {
		SessionContext context = sessions.context(id, me.personId());
		pendingForms.take(httpSession, path(id)).ifPresent(kept -> {
			SummaryForm form = new SummaryForm();
			form.setSummary(kept.first("summary") == null ? "" : kept.first("summary"));
			model.addAttribute("summaryForm", form);
			model.addAttribute("restored", true);
		});
		return page(context, model, locale);
	}

	@PostMapping("/inzicht")
	String addInsight(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String insight, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			outcomes.addInsight(me.personId(), id, insight);
			redirect.addFlashAttribute("notice", "session.insight.added");
			return "redirect:" + path(id) + "#inzichten";
		}
		catch (InvalidInputException e) {
			response.setStatus(422);
			model.addAttribute("insightText", insight);
			model.addAttribute("insightError", e.violations().get(0));
			return page(sessions.context(id, me.personId()), model, locale);
		}
	}

	@PostMapping("/inzicht/{insightId}/verwijderen")
	String removeInsight(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@PathVariable UUID insightId, RedirectAttributes redirect) {
		outcomes.removeInsight(me.personId(), id, insightId);
		redirect.addFlashAttribute("notice", "session.insight.removed");
		return "redirect:" + path(id) + "#inzichten";
	}

	@PostMapping("/afspraak")
	String addAction(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@RequestParam(defaultValue = "") String terug, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if (!form.getDueDate().isBlank() && Forms.date(form.getDueDate()) == null) {
				throw new InvalidInputException("dueDate", "session.action.due-invalid");
			}
			outcomes.addAction(me.personId(), id, form.getDescription(), Forms.uuid(form.getOwnerId()),
					Forms.date(form.getDueDate()));
			redirect.addFlashAttribute("notice", "session.action.added");
			return "redirect:/sessies/" + id + (terug.equals("begeleiden") ? "/begeleiden#afspraken" : "/afronden#afspraken");
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return page(sessions.context(id, me.personId()), model, locale);
		}
	}

	@PostMapping("/aanwezigheid")
	String recordAttendance(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			attendance.record(me.personId(), id, form.reflectionKind(), form.input());
			redirect.addFlashAttribute("notice", "session.attendance.saved");
			return "redirect:" + path(id) + "#aanwezigheid";
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response, attendanceFields(form.getRows().size()));
			model.addAttribute("attendanceRefused", true);
			return page(sessions.context(id, me.personId()), model, locale);
		}
	}

	@PostMapping("/afsluiten")
	String close(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			attendance.close(me.personId(), id);
			redirect.addFlashAttribute("notice", "session.closed.notice");
			return "redirect:" + path(id);
		}
		catch (InvalidInputException e) {
			response.setStatus(422);
			model.addAttribute("closeError", e.violations().get(0).code());
			return page(sessions.context(id, me.personId()), model, locale);
		}
	}

	@PostMapping("/samenvatting")
	String summary(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("summaryForm") SummaryForm form, BindingResult result,
			@RequestParam(defaultValue = "bewaren") String action, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		AudienceKind publishTo = action.equals("delen") ? audience(form.getAudience()) : null;
		try {
			summaryPage.save(me.personId(), id, form.getSummary(), publishTo);
			redirect.addFlashAttribute("notice", publishTo != null ? "session.summary.shared" : "session.summary.saved");
			return "redirect:" + path(id) + "#samenvatting";
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return page(sessions.context(id, me.personId()), model, locale);
		}
		catch (SummaryRefusedException e) {
			response.setStatus(422);
			model.addAttribute("summaryRefused", true);
			return page(sessions.context(id, me.personId()), model, locale);
		}
	}

	@PostMapping("/samenvatting/intrekken")
	String withdraw(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
		summaryPage.withdraw(me.personId(), id);
		redirect.addFlashAttribute("notice", "session.summary.withdrawn");
		return "redirect:" + path(id) + "#samenvatting";
	}

	@PostMapping("/samenvatting/vervangen")
	String replace(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam String replace,
			RedirectAttributes redirect) {
		boolean done = summaryPage.replace(me.personId(), id, replace);
		redirect.addFlashAttribute(done ? "notice" : "alert", done ? "session.privacy.replaced" : "session.privacy.changed");
		return "redirect:" + path(id) + "#samenvatting";
	}

	@PostMapping("/samenvatting/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, @RequestParam String waive,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", summaryPage.waive(me.personId(), id, waive));
		return "redirect:" + path(id) + "#samenvatting";
	}

	private String page(SessionContext context, Model model, Locale locale) {
		pages.fill(context, model, locale);
		pages.record(context, model);
		List<UUID> members = circles.activeMemberIds(context.circle().id());
		Map<UUID, Rsvp.Answer> answers = sessions.rsvps(context).stream()
			.collect(Collectors.toMap(Rsvp::personId, Rsvp::answer));
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		if (!model.containsAttribute("attendanceForm")) {
			model.addAttribute("attendanceForm", AttendanceForm.of(context.session(), members,
					attendance.attendance(context), answers));
		}
		summaryPage.fill(context, model);
		model.addAttribute("keepPath", path(context.session().id()));
		return "circles/outcome";
	}

	/** The service names attendance lines "attendees[i].netMinutes"; the form "rows[i].minutes". */
	private static Map<String, String> attendanceFields(int rows) {
		Map<String, String> renamed = new java.util.HashMap<>(Map.of("attendees", "rows"));
		for (int i = 0; i < rows; i++) {
			renamed.put("attendees[" + i + "].netMinutes", "rows[" + i + "].minutes");
			renamed.put("attendees[" + i + "].personId", "rows[" + i + "].personId");
		}
		return renamed;
	}

	private static AudienceKind audience(String value) {
		try {
			return AudienceKind.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return AudienceKind.PRIVATE;
		}
	}

	private static String path(UUID id) {
		return "/sessies/" + id + "/afronden";
	}

}

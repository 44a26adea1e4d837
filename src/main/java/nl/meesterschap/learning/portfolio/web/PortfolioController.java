package nl.meesterschap.learning.portfolio.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import nl.meesterschap.learning.portfolio.Assessment;
import nl.meesterschap.learning.portfolio.Category;
import nl.meesterschap.learning.portfolio.Goal;
import nl.meesterschap.learning.portfolio.Portfolio;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * "Mijn portfolio": only ever the signed-in person's own. A link with someone else's id answers 404, for a
 * colleague, a team lead and an administrator alike; sharing happens by handing over an export.
 */
@Controller("portfolioController")
@RequestMapping("/portfolio")
class PortfolioController {

	private static final String UUID_PATTERN = "{personId:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Portfolio portfolio;

	private final Competencies competencies;

	private final PortfolioExport export;

	PortfolioController(Portfolio portfolio, Competencies competencies, PortfolioExport export) {
		this.portfolio = portfolio;
		this.competencies = competencies;
		this.export = export;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedPerson me, Locale locale, Model model) {
		UUID id = me.personId();
		Competencies.Names names = competencies.names(id, locale);
		model.addAttribute("hours", portfolio.hours(id));
		model.addAttribute("activities", portfolio.activities(id));
		model.addAttribute("goals", portfolio.goals(id));
		model.addAttribute("names", names);
		List<Assessment> assessments = portfolio.assessments(id);
		List<Assessment> newestFirst = new ArrayList<>(assessments);
		Collections.reverse(newestFirst);
		model.addAttribute("charts", AssessmentChart.of(assessments, names, locale));
		model.addAttribute("assessments", newestFirst);
		model.addAttribute("evidence", portfolio.evidence(id));
		model.addAttribute("statuses", Goal.Status.values());
		model.addAttribute("grid", AssessmentChart.grid());
		return "learning/portfolio/index";
	}

	@GetMapping("/" + UUID_PATTERN)
	String ofPerson(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID personId) {
		own(me, personId);
		return "redirect:/portfolio";
	}

	@GetMapping({ "/export.csv", "/" + UUID_PATTERN + "/export.csv" })
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AuthenticatedPerson me,
			@PathVariable(required = false) UUID personId, Locale locale) {
		own(me, personId);
		return download(export.csv(me.personId(), locale), CSV, export.fileName(me.personId(), "csv"));
	}

	@GetMapping({ "/export.pdf", "/" + UUID_PATTERN + "/export.pdf" })
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AuthenticatedPerson me,
			@PathVariable(required = false) UUID personId, Locale locale) {
		own(me, personId);
		return download(export.pdf(me.personId(), locale), MediaType.APPLICATION_PDF,
				export.fileName(me.personId(), "pdf"));
	}

	// --- register ---

	@GetMapping("/register")
	String register(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		RegisterForm form = new RegisterForm();
		form.setRegister(portfolio.registerCode(me.personId()));
		form.setPeriodStart(portfolio.periodStart(me.personId()).map(Object::toString).orElse(""));
		return registerForm(form, model);
	}

	@PostMapping("/register")
	String chooseRegister(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") RegisterForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			portfolio.chooseRegister(me.personId(), form.getRegister(), form.getPeriodStart());
			redirect.addFlashAttribute("notice", "portfolio.register.saved");
			return "redirect:/portfolio";
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return registerForm(form, model);
		}
	}

	private String registerForm(RegisterForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("registers", portfolio.registers());
		return "learning/portfolio/register";
	}

	// --- activities ---

	@GetMapping("/activiteiten/nieuw")
	String newActivity(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		ActivityForm form = new ActivityForm();
		form.setDate(portfolio.today().toString());
		return activityForm(me, form, model);
	}

	@PostMapping("/activiteiten/nieuw")
	String addActivity(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			portfolio.addActivity(me.personId(), new Portfolio.ActivityInput(form.getTitle(), form.getCategory(),
					form.getHours(), form.getDate(), form.getAccreditationId(), form.getProvider(),
					form.getCertificateNote()));
			redirect.addFlashAttribute("notice", "portfolio.activity.added");
			return "redirect:/portfolio#uren";
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return activityForm(me, form, model);
		}
	}

	@PostMapping("/activiteiten/{activityId}/verwijderen")
	String removeActivity(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID activityId,
			RedirectAttributes redirect) {
		portfolio.removeActivity(me.personId(), activityId);
		redirect.addFlashAttribute("notice", "portfolio.activity.removed");
		return "redirect:/portfolio#activiteiten";
	}

	private String activityForm(AuthenticatedPerson me, ActivityForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categories", Category.values());
		model.addAttribute("inRegister", !portfolio.registerCode(me.personId()).equals(Portfolio.NO_REGISTER));
		return "learning/portfolio/activity-form";
	}

	// --- goals ---

	@GetMapping("/doelen/nieuw")
	String newGoal(@AuthenticationPrincipal AuthenticatedPerson me, Locale locale, Model model) {
		return goalForm(me, new GoalForm(), locale, model);
	}

	@PostMapping("/doelen/nieuw")
	String addGoal(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") GoalForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String[] competency = split(form.getCompetency());
		try {
			portfolio.addGoal(me.personId(), new Portfolio.GoalInput(competency[0], competency[1], form.getTitle(),
					form.getDescription(), form.getStatus(), form.getTargetDate()));
			redirect.addFlashAttribute("notice", "portfolio.goal.added");
			return "redirect:/portfolio#doelen";
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return goalForm(me, form, locale, model);
		}
	}

	@PostMapping("/doelen/{goalId}/status")
	String goalStatus(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID goalId,
			@RequestParam(required = false) String status, RedirectAttributes redirect) {
		try {
			portfolio.changeGoalStatus(me.personId(), goalId, status);
			redirect.addFlashAttribute("notice", "portfolio.goal.status.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", "portfolio.goal.status.invalid");
		}
		return "redirect:/portfolio#doelen";
	}

	private String goalForm(AuthenticatedPerson me, GoalForm form, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("groups", competencies.choices(me.personId(), locale));
		model.addAttribute("statuses", Goal.Status.values());
		return "learning/portfolio/goal-form";
	}

	// --- self-assessment ---

	@GetMapping("/zelfbeoordeling/nieuw")
	String newAssessment(@AuthenticationPrincipal AuthenticatedPerson me, Locale locale, Model model) {
		AssessmentForm form = new AssessmentForm();
		form.setDate(portfolio.today().toString());
		return assessmentForm(me, form, locale, model);
	}

	@PostMapping("/zelfbeoordeling/nieuw")
	String assess(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") AssessmentForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String[] competency = split(form.getCompetency());
		try {
			portfolio.assess(me.personId(), new Portfolio.AssessmentInput(competency[0], competency[1], form.getLevel(),
					form.getDate(), form.getNote()));
			redirect.addFlashAttribute("notice", "portfolio.assessment.added");
			return "redirect:/portfolio#groei";
		}
		catch (InvalidInputException e) {
			refused(e, result, response);
			return assessmentForm(me, form, locale, model);
		}
	}

	private String assessmentForm(AuthenticatedPerson me, AssessmentForm form, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("groups", competencies.choices(me.personId(), locale));
		model.addAttribute("levels", AssessmentChart.levels());
		return "learning/portfolio/assessment-form";
	}

	// --- helpers ---

	/** Anyone's portfolio but one's own does not exist. */
	private static void own(AuthenticatedPerson me, @org.jspecify.annotations.Nullable UUID personId) {
		if (personId != null && !personId.equals(me.personId())) {
			throw new ItemNotFoundException();
		}
	}

	private static String[] split(@org.jspecify.annotations.Nullable String value) {
		if (value == null || !value.contains(":")) {
			return new String[] { "", "" };
		}
		int colon = value.indexOf(':');
		return new String[] { value.substring(0, colon), value.substring(colon + 1) };
	}

	private static void refused(InvalidInputException e, BindingResult result, HttpServletResponse response) {
		e.applyTo(result);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}

package nl.meesterschap.digest.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.digest.internal.Editing;
import nl.meesterschap.digest.internal.Edition;
import nl.meesterschap.digest.internal.Frequency;
import nl.meesterschap.digest.internal.IntroRefusedException;
import nl.meesterschap.digest.internal.Pin;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.Redaction;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * {@code /nieuwsbrieven/beheer}: for team leads and communications advisers, the digests of their organisation. Per
 * edition: the intro (privacy guard, with replace and "geen persoonsgegeven"), pins, a preview as a reader of the
 * own organisation (someone of another organisation: refused, 403), sending now or at a chosen moment, and the
 * progress of a send. Forms keep what was typed when something is refused.
 */
@Controller
@RequestMapping("/nieuwsbrieven/beheer")
class EditorController {

	private final Editing editing;

	EditorController(Editing editing) {
		this.editing = editing;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal AuthenticatedPerson me, Model model, HttpServletResponse response) {
		List<Editing.DigestOverview> digests = editing.overview(me.personId());
		if (digests.isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		model.addAttribute("digests", digests);
		return "digest/editor/overview";
	}

	/** The coming edition of a digest for a frequency ({@code week} or {@code maand}), made if missing. */
	@GetMapping("/{digestId}/{frequency}")
	String coming(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId,
			@PathVariable String frequency) {
		Frequency f = switch (frequency) {
			case "week" -> Frequency.WEEKLY;
			case "maand" -> Frequency.MONTHLY;
			default -> throw new nl.meesterschap.web.ItemNotFoundException();
		};
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editing.coming(me.personId(), digestId, f).id();
	}

	@GetMapping("/uitgaven/{editionId}")
	String edition(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			@RequestParam(name = "lezer", required = false) @Nullable String reader, Model model,
			HttpServletResponse response) {
		Editing.EditorView view = editing.view(me.personId(), editionId);
		model.addAttribute("intro", view.edition().intro());
		if (reader != null && !reader.isBlank()) {
			model.addAttribute("reader", reader);
			try {
				model.addAttribute("preview", editing.preview(me.personId(), editionId, reader));
			}
			catch (ApiProblemException refused) {
				response.setStatus(refused.getStatusCode().value());
				model.addAttribute("previewError", refused.getReason());
			}
			catch (InvalidInputException unknown) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("previewError", unknown.violations().get(0).code());
			}
		}
		return page(view, List.of(), model);
	}

	@GetMapping("/uitgaven/{editionId}/voortgang")
	String progress(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId, Model model) {
		model.addAttribute("view", editing.view(me.personId(), editionId));
		return "digest/editor/edition :: progress";
	}

	@PostMapping("/uitgaven/{editionId}/inleiding")
	String intro(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			@RequestParam(defaultValue = "") String intro, @RequestParam(required = false) @Nullable String replace,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String text = intro;
		if (replace != null) {
			List<FieldFinding> findings = editing.findings(editionId, text);
			text = Redaction.replace(text, findings.stream().map(FieldFinding::finding).toList(),
					f -> f.type().placeholder());
		}
		try {
			editing.intro(me.personId(), editionId, text);
		}
		catch (IntroRefusedException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("intro", text);
			return page(editing.view(me.personId(), editionId), e.findings(), model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("intro", text);
			model.addAttribute("introError", e.violations().get(0));
			return page(editing.view(me.personId(), editionId), List.of(), model);
		}
		redirect.addFlashAttribute("notice", "digest.edit.intro.saved");
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editionId;
	}

	/** "Geen persoonsgegeven" for one finding; shows the form again with what was typed. */
	@PostMapping("/uitgaven/{editionId}/inleiding/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			@RequestParam(defaultValue = "") String intro, @RequestParam String waive, Model model) {
		String[] parts = waive.split("\\|", 2);
		if (parts.length == 2) {
			try {
				editing.waive(me.personId(), editionId, FindingType.valueOf(parts[0]), parts[1]);
				model.addAttribute("notice", "digest.edit.intro.waived");
			}
			catch (IllegalArgumentException | nl.meesterschap.privacy.NotWaivableException e) {
				model.addAttribute("alert", "digest.edit.intro.not-waivable");
			}
		}
		model.addAttribute("intro", intro);
		return page(editing.view(me.personId(), editionId), editing.findings(editionId, intro), model);
	}

	@PostMapping("/uitgaven/{editionId}/uitgelicht")
	String pin(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId, @RequestParam String kind,
			@RequestParam UUID item, @RequestParam(defaultValue = "add") String action, RedirectAttributes redirect) {
		Pin pin;
		try {
			pin = new Pin(Pin.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), item);
		}
		catch (IllegalArgumentException e) {
			throw new nl.meesterschap.web.ItemNotFoundException();
		}
		if (action.equals("remove")) {
			editing.unpin(me.personId(), editionId, pin);
			redirect.addFlashAttribute("notice", "digest.edit.unpinned");
		}
		else {
			editing.pin(me.personId(), editionId, pin);
			redirect.addFlashAttribute("notice", "digest.edit.pinned");
		}
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editionId + "#uitgelicht";
	}

	@PostMapping("/uitgaven/{editionId}/versturen")
	String send(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			RedirectAttributes redirect) {
		editing.sendNow(me.personId(), editionId);
		redirect.addFlashAttribute("notice", "digest.edit.sending");
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editionId;
	}

	@PostMapping("/uitgaven/{editionId}/inplannen")
	String schedule(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editing.schedule(me.personId(), editionId, moment(date, time));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Editing.EditorView view = editing.view(me.personId(), editionId);
			model.addAttribute("intro", view.edition().intro());
			model.addAttribute("scheduleError", e.violations().get(0).code());
			model.addAttribute("date", date);
			model.addAttribute("time", time);
			return page(view, List.of(), model);
		}
		redirect.addFlashAttribute("notice", "digest.edit.scheduled");
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editionId;
	}

	@PostMapping("/uitgaven/{editionId}/inplannen/annuleren")
	String unschedule(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID editionId,
			RedirectAttributes redirect) {
		editing.unschedule(me.personId(), editionId);
		redirect.addFlashAttribute("notice", "digest.edit.unscheduled");
		return "redirect:/nieuwsbrieven/beheer/uitgaven/" + editionId;
	}

	/** The date as the date field sends it (2026-12-01), or as typed where there is no date field (1-12-2026). */
	static LocalDateTime moment(String date, String time) {
		try {
			LocalDate day = date.contains("-") && date.indexOf('-') == 4 ? LocalDate.parse(date.strip())
					: LocalDate.parse(date.strip(), java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu"));
			return LocalDateTime.of(day, LocalTime.parse(time.strip()));
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("scheduledFor", "digest.edit.schedule.invalid");
		}
	}

	private String page(Editing.EditorView view, List<FieldFinding> findings, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("findings", findings);
		model.addAttribute("introMax", Editing.INTRO_MAX);
		model.addAttribute("sending", view.edition().status() == Edition.Status.SENDING);
		return "digest/editor/edition";
	}

}

package nl.meesterschap.conversation.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.conversation.internal.ModerationQueue;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;

/** The moderation queue: flags to judge, responses of new accounts to let through, and the log. */
@Controller
@RequestMapping("/moderatie")
class ModerationController {

	private final ModerationService moderation;

	private final ModerationQueue queue;

	ModerationController(ModerationService moderation, ModerationQueue queue) {
		this.moderation = moderation;
		this.queue = queue;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		model.addAttribute("queue", queue.of(me.personId()));
		return "conversation/moderation";
	}

	@PostMapping("/besluit")
	String decide(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam String soort, @RequestParam UUID id,
			@RequestParam String besluit, @RequestParam(defaultValue = "") String reden, RedirectAttributes redirect) {
		try {
			switch (besluit) {
				case "verbergen" -> moderation.hide(me.personId(), soort, id, reden);
				case "herstellen" -> moderation.restore(me.personId(), soort, id, reden);
				case "afwijzen" -> moderation.dismiss(me.personId(), soort, id, reden);
				case "goedkeuren" -> moderation.approve(me.personId(), id);
				default -> throw new InvalidInputException("besluit", "validation.invalid");
			}
			redirect.addFlashAttribute("notice", "conversation.moderation.done." + besluit);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:/moderatie";
	}

	@GetMapping("/reacties/{id}")
	String history(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		model.addAttribute("revisions", moderation.history(me.personId(), id));
		model.addAttribute("responseId", id);
		return "conversation/history";
	}

	@PostMapping("/instellingen")
	String settings(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestParam(defaultValue = "false") boolean premoderate, @RequestParam(defaultValue = "14") int days,
			RedirectAttributes redirect) {
		try {
			moderation.saveSettings(me.personId(), premoderate, days);
			redirect.addFlashAttribute("notice", "conversation.settings.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:/moderatie";
	}

}

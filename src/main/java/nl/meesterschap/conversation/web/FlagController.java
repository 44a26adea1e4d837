package nl.meesterschap.conversation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.conversation.FlagReason;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** "Melden": anyone who can see a story or response can flag it once, with a reason. */
@Controller
class FlagController {

	private final ModerationService moderation;

	FlagController(ModerationService moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/gesprekken/melden")
	String form(@RequestParam String soort, @RequestParam UUID id, @RequestParam(defaultValue = "/") String terug,
			Model model) {
		model.addAttribute("targetKind", soort);
		model.addAttribute("targetId", id);
		model.addAttribute("back", local(terug));
		model.addAttribute("reasons", FlagReason.values());
		return "conversation/flag";
	}

	@PostMapping("/gesprekken/melden")
	String flag(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam String soort, @RequestParam UUID id,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "/") String terug, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if (reason == null) {
				throw new InvalidInputException("reason", "conversation.flag.reason-required");
			}
			moderation.flag(me.personId(), soort, id, FlagReason.valueOf(reason), note);
			redirect.addFlashAttribute("notice", "conversation.flag.thanks");
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("error", e.violations().get(0).code());
			model.addAttribute("note", note);
			return form(soort, id, terug, model);
		}
		catch (ApiProblemException e) {
			redirect.addFlashAttribute("alert", e.getReason());
		}
		return "redirect:" + local(terug);
	}

	static String local(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
	}

}

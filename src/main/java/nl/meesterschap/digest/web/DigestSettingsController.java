package nl.meesterschap.digest.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.meesterschap.digest.internal.Frequency;
import nl.meesterschap.digest.internal.Subscriptions;
import nl.meesterschap.digest.internal.Subscriptions.Choice;
import nl.meesterschap.identity.AuthenticatedPerson;

/**
 * {@code /instellingen/nieuwsbrieven}: per digest the person may get, "niet", "elke week" or "elke maand". One form
 * for all; a choice that is not one of the three is shown again next to its digest with what the person chose.
 */
@Controller
@RequestMapping("/instellingen/nieuwsbrieven")
class DigestSettingsController {

	static final String NONE = "NONE";

	private final Subscriptions subscriptions;

	DigestSettingsController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		return show(subscriptions.choices(me.personId()), Map.of(), Map.of(), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam Map<String, String> fields, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<Choice> choices = subscriptions.choices(me.personId());
		Map<UUID, String> errors = new HashMap<>();
		Map<UUID, String> typed = new HashMap<>();
		for (Choice choice : choices) {
			String value = fields.get(field(choice.digest().id()));
			if (value == null) {
				continue;
			}
			typed.put(choice.digest().id(), value);
			if (!value.equals(NONE) && !value.equals(Frequency.WEEKLY.name()) && !value.equals(Frequency.MONTHLY.name())) {
				errors.put(choice.digest().id(), "digest.settings.choose");
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(choices, typed, errors, model);
		}
		for (Choice choice : choices) {
			String value = typed.get(choice.digest().id());
			if (value == null || value.equals(current(choice))) {
				continue;
			}
			if (value.equals(NONE)) {
				subscriptions.leave(me.personId(), choice.digest().id());
			}
			else {
				subscriptions.subscribe(me.personId(), choice.digest().id(), Frequency.valueOf(value));
			}
		}
		redirect.addFlashAttribute("notice", "digest.settings.saved");
		return "redirect:/instellingen/nieuwsbrieven";
	}

	static String field(UUID digestId) {
		return "d-" + digestId;
	}

	static String current(Choice choice) {
		return choice.subscribed() ? choice.frequency().name() : NONE;
	}

	private String show(List<Choice> choices, Map<UUID, String> typed, Map<UUID, String> errors, Model model) {
		Map<UUID, String> chosen = new HashMap<>();
		choices.forEach(c -> chosen.put(c.digest().id(), typed.getOrDefault(c.digest().id(), current(c))));
		model.addAttribute("choices", choices);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("options", List.of(NONE, Frequency.WEEKLY.name(), Frequency.MONTHLY.name()));
		return "digest/settings";
	}

}

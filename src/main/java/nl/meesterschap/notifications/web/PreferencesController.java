package nl.meesterschap.notifications.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Role;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.Preferences;

/**
 * {@code /instellingen/meldingen}: per kind in de app, e-mail direct, e-mail in de nieuwsbrief or uit; and, when
 * mail could not be delivered, why and a way to try again.
 */
@Controller
@RequestMapping("/instellingen/meldingen")
class PreferencesController {

	private final Preferences preferences;

	private final PreferenceForm form;

	PreferencesController(Preferences preferences, PreferenceForm form) {
		this.preferences = preferences;
		this.form = form;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		return show(me, preferences.of(me.personId()), Map.of(), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		Map<NotificationKind, Channel> chosen = new EnumMap<>(preferences.of(me.personId()));
		Map<NotificationKind, String> errors = form.read(fields, chosen);
		if (!errors.isEmpty()) {
			return show(me, chosen, errors, model);
		}
		preferences.save(me.personId(), chosen);
		redirect.addFlashAttribute("notice", "notifications.settings.saved");
		return "redirect:/instellingen/meldingen";
	}

	@PostMapping("/opnieuw-bezorgen")
	String resume(@AuthenticationPrincipal AuthenticatedPerson me, RedirectAttributes redirect) {
		preferences.resumeDelivery(me.personId());
		redirect.addFlashAttribute("notice", "notifications.settings.resumed");
		return "redirect:/instellingen/meldingen";
	}

	/** Overdue signals concern only the policy side (policy advisors and team leads); others never get them. */
	private static List<NotificationKind> kinds(AuthenticatedPerson me) {
		boolean policySide = me.roles().contains(Role.POLICY_ADVISOR) || me.roles().contains(Role.TEAM_LEAD);
		return Arrays.stream(NotificationKind.values())
			.filter(kind -> policySide || kind != NotificationKind.SIGNAL_OVERDUE)
			.toList();
	}

	private String show(AuthenticatedPerson me, Map<NotificationKind, Channel> chosen,
			Map<NotificationKind, String> errors, Model model) {
		model.addAttribute("kinds", kinds(me));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("delivery", preferences.delivery(me.personId()));
		model.addAttribute("batchMinutes", form.batchMinutes());
		return "notifications/preferences";
	}

}

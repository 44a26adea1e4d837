package nl.meesterschap.notifications.web;

import java.util.Locale;
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

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.notifications.Notifications;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.notifications.internal.NotificationService;

/**
 * {@code /meldingen}: a person's notifications, newest first, unread ones marked. Opening one (also from an
 * e-mail) marks it read and goes to what it is about; one or all can be marked read without opening.
 */
@Controller
@RequestMapping("/meldingen")
class NotificationController {

	private static final int PAGE_SIZE = 20;

	private final NotificationReader reader;

	private final NotificationService notifications;

	private final Notifications counts;

	NotificationController(NotificationReader reader, NotificationService notifications, Notifications counts) {
		this.reader = reader;
		this.notifications = notifications;
		this.counts = counts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam(defaultValue = "1") int pagina,
			Model model, Locale locale) {
		model.addAttribute("page", reader.page(me.personId(), false, pagina - 1, PAGE_SIZE, locale));
		return "notifications/list";
	}

	/** Marks it read and follows its link (only ever to a page of this site). */
	@GetMapping("/{id}")
	String open(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Locale locale) {
		NotificationReader.View view = reader.one(me.personId(), id, locale);
		notifications.markRead(me.personId(), id);
		String url = view.url();
		return "redirect:" + (url != null && url.startsWith("/") && !url.startsWith("//") ? url : "/meldingen");
	}

	@PostMapping("/{id}/gelezen")
	String markRead(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "1") int pagina, RedirectAttributes redirect) {
		notifications.markRead(me.personId(), id);
		redirect.addFlashAttribute("notice", "notifications.list.marked");
		return "redirect:/meldingen" + (pagina > 1 ? "?pagina=" + pagina : "");
	}

	@PostMapping("/alles-gelezen")
	String markAllRead(@AuthenticationPrincipal AuthenticatedPerson me, RedirectAttributes redirect) {
		notifications.markAllRead(me.personId());
		redirect.addFlashAttribute("notice", "notifications.list.marked-all");
		return "redirect:/meldingen";
	}

	/** The bell alone, for htmx to refresh the header. */
	@GetMapping("/bel")
	String bell(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		model.addAttribute("bell", new BellAdvice.Bell(counts.unreadCount(me.personId())));
		return "notifications/bell :: bell(bell=${bell})";
	}

}

package nl.meesterschap.notifications.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.notifications.internal.OutboxAdministration;

/**
 * {@code /beheer/e-mail} (administrators only, like all of {@code /beheer}): the outbox, and each mail as it would
 * arrive. The HTML body is shown in a sandboxed frame from its own address with a policy that allows its inline
 * styles and nothing else (no scripts, no requests, no forms), so a mail can never act on the admin page.
 */
@Controller
@RequestMapping("/beheer/e-mail")
class MailAdminController {

	private static final int PAGE_SIZE = 25;

	static final String MAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

	private final OutboxAdministration outbox;

	MailAdminController(OutboxAdministration outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		model.addAttribute("page", outbox.page(me.personId(), pagina - 1, PAGE_SIZE));
		model.addAttribute("smtp", outbox.smtpConfigured());
		model.addAttribute("organisation", outbox.organisation(me.personId()).orElse(null));
		return "notifications/admin/outbox";
	}

	@GetMapping("/{id}")
	String mail(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		model.addAttribute("mail", outbox.mail(me.personId(), id));
		return "notifications/admin/mail";
	}

	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", MAIL_POLICY)
			.header("X-Frame-Options", "SAMEORIGIN")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(outbox.mail(me.personId(), id).html());
	}

}

package nl.meesterschap.notifications.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.meesterschap.notifications.internal.UnsubscribeTokens.InvalidTokenException;
import nl.meesterschap.notifications.internal.Unsubscriptions;
import nl.meesterschap.notifications.internal.Unsubscriptions.ExpiredLinkException;

/**
 * The link in {@code List-Unsubscribe}. GET shows what it stops and a button (link checkers and virus scanners
 * open links, they must never unsubscribe anyone); POST, from that button or from a mail program's one-click
 * ({@code List-Unsubscribe=One-Click}), does it. A changed link answers 400, an expired one 410.
 */
@Controller
@RequestMapping("/afmelden/{token}")
class UnsubscribeController {

	private final Unsubscriptions unsubscriptions;

	UnsubscribeController(Unsubscriptions unsubscriptions) {
		this.unsubscriptions = unsubscriptions;
	}

	@GetMapping
	String ask(@PathVariable String token, Model model, Locale locale) {
		model.addAttribute("request", unsubscriptions.check(token, locale));
		model.addAttribute("token", token);
		return "notifications/unsubscribe";
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, Model model, Locale locale) {
		model.addAttribute("request", unsubscriptions.unsubscribe(token, locale));
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	@ExceptionHandler(InvalidTokenException.class)
	String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", "invalid");
		return "notifications/unsubscribe-problem";
	}

	@ExceptionHandler(ExpiredLinkException.class)
	String expired(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("problem", "expired");
		return "notifications/unsubscribe-problem";
	}

}

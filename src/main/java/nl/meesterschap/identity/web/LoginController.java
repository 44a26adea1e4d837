package nl.meesterschap.identity.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.internal.Profiles;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

	static final String USERNAME_ATTRIBUTE = "meesterschap.login.username"; // see LoginFailureHandler

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final Profiles profiles;

	private final Clock clock;

	LoginController(Profiles profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	/** The English address people type out of habit: the Dutch login page (which sends a logged-in person home). */
	@GetMapping("/login")
	String englishLogin() {
		return "redirect:/inloggen";
	}

	@GetMapping("/inloggen")
	String login(@RequestParam(name = "fout", required = false) @Nullable String error, @Nullable Authentication auth,
			HttpSession session, Model model) {
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && error == null) {
			return "redirect:/";
		}
		Object typed = session.getAttribute(USERNAME_ATTRIBUTE);
		session.removeAttribute(USERNAME_ATTRIBUTE);
		String username = typed instanceof String value ? value : "";
		model.addAttribute("username", username);
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "geblokkeerd" -> "login.error.locked";
				case "niet-actief" -> "login.error.disabled";
				case "te-vaak" -> "login.error.too-many";
				default -> "login.error.bad-credentials";
			});
			if (error.equals("geblokkeerd") && !username.isEmpty()) {
				profiles.lockedUntil(username, clock.instant())
					.ifPresent(until -> model.addAttribute("lockedUntil", TIME.format(until.atZone(AMSTERDAM))));
			}
		}
		return "identity/login";
	}

}

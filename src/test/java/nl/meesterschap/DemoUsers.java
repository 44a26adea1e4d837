package nl.meesterschap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.meesterschap.identity.AuthenticatedPerson;

/** Signs requests in as a demo person from the seed (see README, demo accounts). */
public final class DemoUsers {

	public static final String PASSWORD = "Lindewaarde-2026";

	private DemoUsers() {
	}

	public static AuthenticatedPerson load(UserDetailsService accounts, String username) {
		return (AuthenticatedPerson) accounts.loadUserByUsername(username);
	}

	public static RequestPostProcessor as(UserDetailsService accounts, String username) {
		return user(load(accounts, username));
	}

}

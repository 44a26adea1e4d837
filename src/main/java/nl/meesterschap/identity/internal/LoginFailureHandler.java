package nl.meesterschap.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page with the reason (wrong password, locked, not activated) and keeps
 * the user name that was typed.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME_ATTRIBUTE = "meesterschap.login.username";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		String reason;
		if (e instanceof LockedException) {
			reason = "geblokkeerd";
		}
		else if (e instanceof DisabledException) {
			reason = "niet-actief";
		}
		else {
			reason = "onjuist";
		}
		String username = request.getParameter("username");
		if (username != null) {
			request.getSession().setAttribute(USERNAME_ATTRIBUTE, username.strip());
		}
		response.sendRedirect(request.getContextPath() + "/inloggen?fout=" + reason);
	}

}

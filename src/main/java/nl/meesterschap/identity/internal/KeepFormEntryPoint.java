package nl.meesterschap.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import nl.meesterschap.web.PendingForms;

/**
 * When a kept form arrives after the session expired: keep what was typed and send the person to log in. A
 * background save (htmx) gets a short message in its status area instead of a redirect.
 */
class KeepFormEntryPoint implements AuthenticationEntryPoint {

	private final PendingForms forms;

	KeepFormEntryPoint(PendingForms forms) {
		this.forms = forms;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		forms.keep(request);
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("HX-Trigger", "meesterschap:session-expired");
			response.getWriter().write("<span class=\"ms-autosave ms-autosave--expired\" data-session-expired>"
					+ "<a class=\"utrecht-link\" href=\"" + request.getContextPath() + "/inloggen?verlopen\">"
					+ "Je sessie is verlopen. Je tekst is bewaard: log opnieuw in om verder te gaan.</a></span>");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/inloggen?verlopen");
	}

}

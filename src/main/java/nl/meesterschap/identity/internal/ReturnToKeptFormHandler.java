package nl.meesterschap.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import nl.meesterschap.web.PendingForms;

/** After logging in: back to a form that was kept when the session expired, else where the person was going. */
class ReturnToKeptFormHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final PendingForms forms;

	ReturnToKeptFormHandler(PendingForms forms) {
		this.forms = forms;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		var waiting = forms.waitingPath(request.getSession(false));
		if (waiting.isPresent()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, waiting.get());
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}

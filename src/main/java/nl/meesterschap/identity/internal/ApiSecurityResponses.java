package nl.meesterschap.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import nl.meesterschap.web.ProblemWriter;

/** 401 and 403 for the API as problem+json, with a message that says what to do. */
class ApiSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	ApiSecurityResponses(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		String detail;
		if (e instanceof LockedException) {
			detail = "problem.account-locked";
		}
		else if (e instanceof DisabledException) {
			detail = "problem.account-disabled";
		}
		else {
			detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "problem.unauthorized"
					: "problem.credentials-invalid";
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Meesterschap\"");
		problems.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		problems.write(response, problems.problem(request, HttpStatus.FORBIDDEN,
				e instanceof CsrfException ? "problem.csrf" : "problem.forbidden"));
	}

}

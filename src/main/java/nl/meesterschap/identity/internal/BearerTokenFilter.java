package nl.meesterschap.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.ProblemWriter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A wrong, revoked or malformed token
 * is refused at once with 401 problem+json, so a caller never silently runs as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AuthenticatedPerson> person = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (person.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Meesterschap\", error=\"invalid_token\"");
			problems.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "problem.token-invalid"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(person.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

package nl.meesterschap.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.meesterschap.web.ProblemWriter;

/**
 * NL API Design Rules /core/no-trailing-slash: {@code /api/v1/x/} is 404 for everyone, before any login check,
 * never a redirect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiTrailingSlashFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ApiTrailingSlashFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/") && path.endsWith("/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		problems.write(response, problems.problem(request, HttpStatus.NOT_FOUND, "problem.not-found"));
	}

}

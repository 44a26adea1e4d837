package nl.meesterschap.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** NL API Design Rules /core/version-header: every API response carries the full API version. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeaderFilter extends OncePerRequestFilter {

	static final String HEADER = "API-Version";

	private final String version;

	ApiVersionHeaderFilter(@Value("${meesterschap.api.version}") String version) {
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, version);
		chain.doFilter(request, response);
	}

}

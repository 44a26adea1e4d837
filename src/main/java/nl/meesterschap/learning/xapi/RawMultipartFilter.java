package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Spring MVC's multipart support (made for HTML form uploads) away from xAPI's multipart/mixed bodies, which
 * the LRS reads raw: the request shows a neutral content type, and the real one is kept for
 * {@link #contentType(HttpServletRequest)}.
 */
class RawMultipartFilter extends OncePerRequestFilter {

	private static final String ORIGINAL = RawMultipartFilter.class.getName() + ".contentType";

	private static final String NEUTRAL = "application/vnd.meesterschap.raw-multipart";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ORIGINAL, request.getContentType());
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getContentType() {
				return NEUTRAL;
			}

			@Override
			public String getHeader(String name) {
				return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? NEUTRAL : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(NEUTRAL))
						: super.getHeaders(name);
			}
		}, response);
	}

	/** The request's real Content-Type. */
	static String contentType(HttpServletRequest request) {
		Object original = request.getAttribute(ORIGINAL);
		return original instanceof String type ? type : request.getContentType();
	}

}

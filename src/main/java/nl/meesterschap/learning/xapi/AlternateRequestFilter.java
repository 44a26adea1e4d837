package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.meesterschap.learning.statements.XapiVersion;

/**
 * xAPI 1.0.3's alternate request syntax (Communication 1.3): a POST with only {@code ?method=X} in the query string
 * and everything else in a form (headers, parameters, and the body as {@code content}) is served as the request
 * it describes. xAPI 2.0 removed the syntax, so there (and whenever it is malformed) it is refused with 400.
 */
class AlternateRequestFilter extends OncePerRequestFilter {

	static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return queryParameter(request, "method").isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = queryParameter(request, "method").orElseThrow();
		String problem = problem(request, method);
		if (problem != null) {
			XapiHeaders.writeError(response, 400, problem);
			return;
		}
		chain.doFilter(new AlternateRequest(request, method.toUpperCase(), request.getParameterMap()), response);
	}

	private static String problem(HttpServletRequest request, String method) {
		if (!"POST".equals(request.getMethod())) {
			return "The alternate request syntax is only for POST requests";
		}
		if (!request.getQueryString().equals("method=" + method)) {
			return "With the alternate request syntax, method is the only query parameter";
		}
		if (!METHODS.contains(method.toUpperCase())) {
			return "The alternate request syntax cannot express method " + method;
		}
		String contentType = request.getContentType();
		if (contentType == null || !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
			return "The alternate request syntax sends a form (application/x-www-form-urlencoded)";
		}
		Map<String, String[]> form = request.getParameterMap();
		String version = form.containsKey(XapiHeaders.VERSION) ? form.get(XapiHeaders.VERSION)[0]
				: request.getHeader(XapiHeaders.VERSION);
		if (XapiVersion.ofHeader(version).orElse(null) != XapiVersion.V1_0_3) {
			return "The alternate request syntax exists only in xAPI 1.0.x";
		}
		return null;
	}

	private static Optional<String> queryParameter(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			if (key.equals(name)) {
				return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return Optional.empty();
	}

}

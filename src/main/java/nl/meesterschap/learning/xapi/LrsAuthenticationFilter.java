package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.meesterschap.learning.credentials.LrsClient;
import nl.meesterschap.learning.credentials.LrsCredentials;

/**
 * HTTP Basic with LRS credentials (key as user name, secret as password). Wrong credentials are refused at once
 * with 401; without credentials the request goes on anonymously and is refused by the authorisation rules.
 */
class LrsAuthenticationFilter extends OncePerRequestFilter {

	static final String CHALLENGE = "Basic realm=\"Meesterschap LRS\"";

	private final LrsCredentials credentials;

	LrsAuthenticationFilter(LrsCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<LrsClient> client = basic(header).flatMap(pair -> credentials.authenticate(pair[0], pair[1]));
		if (client.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
			XapiHeaders.writeError(response, 401, "The LRS credentials are wrong or revoked");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new LrsAuthentication(client.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Optional<String[]> basic(String header) {
		if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? Optional.empty()
					: Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}

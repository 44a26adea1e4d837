package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.meesterschap.learning.statements.ConsistencyWindow;
import nl.meesterschap.learning.statements.XapiVersion;

/**
 * xAPI Communication 3.3: every request but one to the About resource names its version (1.0.x or 2.0.x; else
 * 400), and every response carries the version it was served in: the requested one, else the version of the
 * caller's credential. Statement responses also carry X-Experience-API-Consistent-Through, whatever their status.
 */
class XapiVersionFilter extends OncePerRequestFilter {

	private final ConsistencyWindow consistency;

	XapiVersionFilter(ConsistencyWindow consistency) {
		this.consistency = consistency;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader(XapiHeaders.VERSION);
		Optional<XapiVersion> version = XapiVersion.ofHeader(sent);
		XapiVersion served = version.orElseGet(XapiVersionFilter::callersVersion);
		XapiHeaders.version(request, served);
		response.setHeader(XapiHeaders.VERSION, served.header());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/xapi/statements")) {
			response.setHeader(XapiHeaders.CONSISTENT_THROUGH, XapiHeaders.iso(consistency.consistentThrough()));
		}
		if (version.isEmpty() && !path.equals("/xapi/about") && !"OPTIONS".equals(request.getMethod())) {
			XapiHeaders.writeError(response, 400, sent == null ? "The X-Experience-API-Version header is missing"
					: "X-Experience-API-Version " + sent + " is not supported; use 1.0.3 or 2.0.0");
			return;
		}
		chain.doFilter(request, response);
	}

	private static XapiVersion callersVersion() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof LrsAuthentication client
				? client.getPrincipal().xapiVersion() : XapiVersion.V2_0_0;
	}

}

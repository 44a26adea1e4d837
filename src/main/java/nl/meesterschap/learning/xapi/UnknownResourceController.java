package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Everything under /xapi that no resource handles, answered the LRS's way: 405 with Allow for a method a resource
 * does not have, 404 for a path that is no resource.
 */
@Controller
class UnknownResourceController {

	private static final Map<String, String> ALLOWED = Map.of("/xapi/statements", "GET, HEAD, PUT, POST",
			"/xapi/activities/state", "GET, HEAD, PUT, POST, DELETE", "/xapi/activities/profile",
			"GET, HEAD, PUT, POST, DELETE", "/xapi/agents/profile", "GET, HEAD, PUT, POST, DELETE", "/xapi/activities",
			"GET, HEAD", "/xapi/agents", "GET, HEAD", "/xapi/about", "GET, HEAD");

	@RequestMapping("/xapi/**")
	void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String allowed = ALLOWED.get(path);
		if (allowed == null) {
			XapiHeaders.writeError(response, 404, "No xAPI resource at " + path);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, allowed);
		XapiHeaders.writeError(response, 405, request.getMethod() + " is not a method of " + path);
	}

}

package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.XapiVersion;

/** The xAPI headers and the LRS's error body ({@code {"status": 400, "message": "..."}}). */
final class XapiHeaders {

	static final String VERSION = "X-Experience-API-Version";

	static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

	static final String HASH = "X-Experience-API-Hash";

	static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String VERSION_ATTRIBUTE = XapiVersion.class.getName();

	private XapiHeaders() {
	}

	static void version(HttpServletRequest request, XapiVersion version) {
		request.setAttribute(VERSION_ATTRIBUTE, version);
	}

	/** The version the request asked for (checked by {@link XapiVersionFilter}). */
	static XapiVersion version(HttpServletRequest request) {
		Object version = request.getAttribute(VERSION_ATTRIBUTE);
		return version instanceof XapiVersion v ? v : XapiVersion.V2_0_0;
	}

	static String iso(Instant instant) {
		return ISO.format(instant);
	}

	/** An error response; it carries the version header the version filter set, else 2.0.0. */
	static void writeError(HttpServletResponse response, int status, String message) throws IOException {
		if (!response.containsHeader(VERSION)) {
			response.setHeader(VERSION, XapiVersion.V2_0_0.header());
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("status", status);
		body.put("message", message);
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(LrsJson.bytes(body));
	}

}

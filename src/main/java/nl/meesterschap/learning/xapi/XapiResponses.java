package nl.meesterschap.learning.xapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.statements.LrsJson;

/** Reading request bodies within the size limit, and writing xAPI responses. */
final class XapiResponses {

	private XapiResponses() {
	}

	/** The request body; 413 when it is larger than the LRS accepts. */
	static byte[] body(HttpServletRequest request, DataSize max) throws IOException {
		long limit = max.toBytes();
		if (request.getContentLengthLong() > limit) {
			throw new XapiException(413, "The request is larger than the " + max.toMegabytes() + " MB this LRS accepts");
		}
		try (InputStream in = request.getInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16384];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				if (out.size() > limit) {
					throw new XapiException(413, "The request is larger than the " + max.toMegabytes()
							+ " MB this LRS accepts");
				}
			}
			return out.toByteArray();
		}
	}

	static void json(HttpServletResponse response, int status, JsonNode body) throws IOException {
		bytes(response, status, "application/json", LrsJson.bytes(body));
	}

	static void bytes(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static void noContent(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
	}

	static void lastModified(HttpServletResponse response, Instant instant) {
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, instant.toEpochMilli());
	}

}

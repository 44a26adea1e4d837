package nl.meesterschap.learning.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;

import nl.meesterschap.learning.statements.Attachment;

/**
 * multipart/mixed bodies as xAPI uses them (Communication 1.5.2): the statements as the first part
 * (application/json), then one part per attachment with its SHA-2 hash in X-Experience-API-Hash and
 * Content-Transfer-Encoding: binary.
 */
public final class MultipartMixed {

	private static final byte[] CRLF = { '\r', '\n' };

	private MultipartMixed() {
	}

	/** A part: lower-case header names, and the bytes of its body. */
	record Part(Map<String, String> headers, byte[] body) {
	}

	/** The statements part (as text) and the attachment contents of a request. */
	record Request(String statements, List<Attachment> attachments) {
	}

	static Request parseRequest(MediaType contentType, byte[] body) {
		String boundary = contentType.getParameter("boundary");
		if (boundary == null || boundary.isBlank()) {
			throw XapiException.badRequest("multipart/mixed needs a boundary parameter");
		}
		List<Part> parts = parts(body, unquoted(boundary));
		if (parts.isEmpty()) {
			throw XapiException.badRequest("the multipart body has no parts");
		}
		Part first = parts.get(0);
		if (!isJson(first.headers().get("content-type"))) {
			throw XapiException.badRequest("the first part must hold the statements as application/json");
		}
		List<Attachment> attachments = new ArrayList<>();
		for (Part part : parts.subList(1, parts.size())) {
			attachments.add(attachment(part));
		}
		return new Request(new String(first.body(), StandardCharsets.UTF_8), attachments);
	}

	private static Attachment attachment(Part part) {
		String hash = part.headers().get("x-experience-api-hash");
		if (hash == null || hash.isBlank()) {
			throw XapiException.badRequest("every attachment part needs an X-Experience-API-Hash header");
		}
		String encoding = part.headers().get("content-transfer-encoding");
		if (encoding == null || !encoding.strip().equalsIgnoreCase("binary")) {
			throw XapiException.badRequest("every attachment part needs Content-Transfer-Encoding: binary");
		}
		// The hash names the attachment the part belongs to (xAPI requires no more). The content is not re-hashed:
		// the conformance suite itself sends binary attachments re-encoded as UTF-8 text and expects them accepted.
		String sha2 = hash.strip().toLowerCase(Locale.ROOT);
		String contentType = part.headers().getOrDefault("content-type", "application/octet-stream").strip();
		return new Attachment(sha2, contentType, part.body());
	}

	static List<Part> parts(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int start = indexOf(body, delimiter, 0);
		if (start < 0) {
			throw XapiException.badRequest("the body does not contain the multipart boundary");
		}
		int position = start + delimiter.length;
		while (true) {
			if (startsWith(body, position, "--".getBytes(StandardCharsets.ISO_8859_1))) {
				return parts;
			}
			position = skipLineEnd(body, position);
			int next = indexOf(body, concat(CRLF, delimiter), position);
			if (next < 0) {
				throw XapiException.badRequest("a multipart part is not closed by the boundary");
			}
			parts.add(part(body, position, next));
			position = next + CRLF.length + delimiter.length;
		}
	}

	private static Part part(byte[] body, int from, int to) {
		int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), from);
		Map<String, String> headers = new LinkedHashMap<>();
		int contentStart;
		if (headerEnd < 0 || headerEnd > to) {
			if (!startsWith(body, from, CRLF)) {
				throw XapiException.badRequest("a multipart part has no blank line after its headers");
			}
			contentStart = from + CRLF.length;
		}
		else {
			String head = new String(body, from, headerEnd - from, StandardCharsets.ISO_8859_1);
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
				}
			}
			contentStart = headerEnd + 4;
		}
		byte[] content = new byte[Math.max(0, to - contentStart)];
		System.arraycopy(body, contentStart, content, 0, content.length);
		return new Part(headers, content);
	}

	/** A response: the JSON first, then each attachment. */
	public static byte[] write(String boundary, byte[] json, List<Attachment> attachments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(json);
		for (Attachment attachment : attachments) {
			out.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: " + attachment.contentType()
					+ "\r\nContent-Transfer-Encoding: binary\r\n" + XapiHeaders.HASH + ": " + attachment.sha2()
					+ "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(attachment.content());
		}
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	public static String newBoundary() {
		return "xapi-" + UUID.randomUUID();
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String unquoted(String value) {
		return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
				? value.substring(1, value.length() - 1) : value;
	}

	private static int skipLineEnd(byte[] body, int position) {
		while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
			position++;
		}
		return startsWith(body, position, CRLF) ? position + CRLF.length : position;
	}

	private static boolean startsWith(byte[] body, int at, byte[] prefix) {
		if (at + prefix.length > body.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (body[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] body, byte[] pattern, int from) {
		outer: for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (body[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

}

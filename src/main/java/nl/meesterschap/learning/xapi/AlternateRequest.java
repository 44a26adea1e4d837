package nl.meesterschap.learning.xapi;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request an alternate-syntax form describes: its method, the headers the form carries (Authorization,
 * X-Experience-API-Version, Content-Type, Content-Length, If-Match, If-None-Match) over the real ones, the other
 * form fields as query parameters, and {@code content} as the body.
 */
class AlternateRequest extends HttpServletRequestWrapper {

	private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
			"content-length", "if-match", "if-none-match");

	private final String method;

	private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final Map<String, String[]> parameters = new LinkedHashMap<>();

	private final byte[] content;

	AlternateRequest(HttpServletRequest request, String method, Map<String, String[]> form) {
		super(request);
		this.method = method;
		form.forEach((name, values) -> {
			if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, values[0]);
			}
			else if (!name.equals("content") && !name.equals("method")) {
				parameters.put(name, values);
			}
		});
		String body = form.containsKey("content") ? form.get("content")[0] : "";
		this.content = body.getBytes(StandardCharsets.UTF_8);
		headers.putIfAbsent("Content-Type", "application/json");
		headers.put("Content-Length", String.valueOf(content.length));
	}

	@Override
	public String getMethod() {
		return method;
	}

	@Override
	public String getHeader(String name) {
		return headers.containsKey(name) ? headers.get(name) : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return headers.containsKey(name) ? Collections.enumeration(Set.of(headers.get(name))) : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		Set<String> names = new LinkedHashSet<>(headers.keySet());
		Collections.list(super.getHeaderNames()).forEach(names::add);
		return Collections.enumeration(names);
	}

	@Override
	public String getContentType() {
		return headers.get("Content-Type");
	}

	@Override
	public int getContentLength() {
		return content.length;
	}

	@Override
	public long getContentLengthLong() {
		return content.length;
	}

	@Override
	public String getQueryString() {
		return parameters.entrySet()
			.stream()
			.flatMap(e -> java.util.Arrays.stream(e.getValue())
				.map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(v, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Collections.unmodifiableMap(parameters);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return parameters.get(name);
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(content);
		return new ServletInputStream() {
			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}
		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}

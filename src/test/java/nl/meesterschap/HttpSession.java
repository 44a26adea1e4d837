package nl.meesterschap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in visitor over real HTTP (cookies, CSRF), for what MockMvc cannot show, such as error pages. */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private HttpSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static HttpSession anonymous(int port) {
		return new HttpSession(port);
	}

	public static HttpSession login(int port, String username) throws IOException, InterruptedException {
		HttpSession session = new HttpSession(port);
		String token = session.csrf();
		HttpResponse<String> response = session.post("/inloggen",
				"username=" + username + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
						+ "&_csrf=" + token);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("fout")) {
			throw new IllegalStateException("Login failed for " + username);
		}
		return session;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public String csrf() throws IOException, InterruptedException {
		Matcher matcher = CSRF.matcher(get("/inloggen").body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		return matcher.group(1);
	}

}

package nl.meesterschap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;

/**
 * The live rules of the NL API Design Rules that a linter cannot see (trailing slash, version header, CORS,
 * 405 with Allow), checked over real HTTP. Also writes target/openapi.json for the Spectral lint in CI.
 */
@IntegrationTest
class ApiDesignRulesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void the_openapi_document_is_public_cors_open_and_versioned() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/openapi.json", Map.of("Origin", "https://elders.example"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
		String document = response.body();
		assertThat(JsonPath.<String>read(document, "$.openapi")).startsWith("3.");
		assertThat(JsonPath.<String>read(document, "$.info.version")).isEqualTo("1.0.0");
		assertThat(JsonPath.<String>read(document, "$.servers[0].url")).endsWith("/api/v1");
		assertThat(JsonPath.<Map<String, Object>>read(document, "$.info.contact")).containsKeys("name", "email", "url");
		assertThat(JsonPath.<java.util.Collection<String>>read(document, "$.paths.keys()")).allMatch(path -> !path.endsWith("/"))
			.allMatch(path -> !path.startsWith("/api/"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), document);
	}

	@Test
	void a_trailing_slash_is_404_not_a_redirect() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/me/", Map.of());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
		assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(404);
	}

	@Test
	void every_api_answer_carries_the_version_header_also_errors() throws Exception {
		for (String path : List.of("/api/v1/me", "/api/v1/bestaat-niet", "/api/v1/openapi.json")) {
			assertThat(send("GET", path, Map.of()).headers().firstValue("API-Version")).as(path).hasValue("1.0.0");
		}
	}

	@Test
	void an_unsupported_method_is_405_with_allow() throws Exception {
		HttpResponse<String> response = send("PATCH", "/api/v1/me", Map.of("Authorization", "Bearer " + token()));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).isPresent();
		assertThat(JsonPath.<String>read(response.body(), "$.title")).isNotBlank();
	}

	@Test
	void problem_details_never_carry_a_stack_trace() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/me/tokens/niet-een-uuid", Map.of());
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
	}

	private String token() throws IOException, InterruptedException {
		String basic = java.util.Base64.getEncoder().encodeToString(("ilse:" + DemoUsers.PASSWORD).getBytes());
		HttpResponse<String> response = send("POST", "/api/v1/me/tokens", Map.of("Authorization", "Basic " + basic));
		return JsonPath.read(response.body(), "$.token");
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

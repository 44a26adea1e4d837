package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;

/** The HTTP side of xAPI: version header, HEAD, CORS, and 1.0.3's alternate request syntax (gone in 2.0). */
@IntegrationTest
class XapiProtocolTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@LocalServerPort
	int port;

	@Test
	void a_request_without_a_supported_version_is_400_and_answers_carry_the_version_served() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(get("/xapi/statements").with(request -> {
			lrs.client().postProcessRequest(request);
			request.removeHeader("X-Experience-API-Version");
			return request;
		})).andExpect(status().isBadRequest()).andExpect(header().string("X-Experience-API-Version", "2.0.0"));
		for (String unsupported : new String[] { "0.95", "1.1.0", "3.0.0", "x" }) {
			mvc.perform(lrs.as(get("/xapi/statements")).header("X-Experience-API-Version", unsupported))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(lrs.as(get("/xapi/statements")).header("X-Experience-API-Version", "1.0"))
			.andExpect(status().isOk()).andExpect(header().string("X-Experience-API-Version", "1.0.3"));
		mvc.perform(lrs.as(get("/xapi/statements")).header("X-Experience-API-Version", "2.0.1"))
			.andExpect(status().isOk()).andExpect(header().string("X-Experience-API-Version", "2.0.0"));
	}

	@Test
	void a_credential_for_a_1_0_3_client_answers_unversioned_requests_in_1_0_3() throws Exception {
		Lrs legacy = Lrs.of(people, credentials, Lrs.LINDEWAARDE, XapiVersion.V1_0_3);
		mvc.perform(get("/xapi/statements").with(request -> {
			legacy.client().postProcessRequest(request);
			request.removeHeader("X-Experience-API-Version");
			return request;
		})).andExpect(status().isBadRequest()).andExpect(header().string("X-Experience-API-Version", "1.0.3"));
	}

	@Test
	void an_unknown_resource_is_404_and_an_unknown_method_405_with_allow() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(lrs.as(get("/xapi/statement"))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(lrs.as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/xapi/statements")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("POST")));
	}

	@Test
	void head_answers_like_get_without_a_body() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/xapi/statements"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.header("Authorization", lrs.authorization())
			.header("X-Experience-API-Version", "2.0.0")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(response.body()).isEmpty();
		mvc.perform(head("/xapi/about")).andExpect(status().isOk());
	}

	@Test
	void browser_clients_get_cors_answers() throws Exception {
		mvc.perform(options("/xapi/statements").header("Origin", "https://elearning.example")
			.header("Access-Control-Request-Method", "PUT")
			.header("Access-Control-Request-Headers", "authorization, content-type, x-experience-api-version"))
			.andExpect(status().isOk())
			.andExpect(header().exists("Access-Control-Allow-Origin"))
			.andExpect(header().string("Access-Control-Allow-Headers", containsStringIgnoringCase("X-Experience-API-Version")));
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(lrs.as(get("/xapi/statements")).header("Origin", "https://elearning.example"))
			.andExpect(header().exists("Access-Control-Allow-Origin"))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
	}

	@Test
	void the_alternate_request_syntax_works_in_1_0_3_and_is_refused_in_2_0() throws Exception {
		Lrs legacy = Lrs.of(people, credentials, Lrs.LINDEWAARDE, XapiVersion.V1_0_3);
		UUID id = UUID.randomUUID();
		String form = "statementId=" + id + "&content="
				+ URLEncoder.encode(Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")),
						StandardCharsets.UTF_8);
		mvc.perform(legacy.as(post("/xapi/statements?method=PUT"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form)).andExpect(status().isNoContent());
		mvc.perform(legacy.as(post("/xapi/statements?method=GET")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("statementId=" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id.toString()));
		mvc.perform(legacy.as(post("/xapi/statements?method=PUT&statementId=" + UUID.randomUUID()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form)).andExpect(status().isBadRequest());
		mvc.perform(legacy.as(put("/xapi/statements?method=POST")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form)).andExpect(status().isBadRequest());
		Lrs current = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(current.as(post("/xapi/statements?method=GET")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("limit=1")).andExpect(status().isBadRequest());
	}

}

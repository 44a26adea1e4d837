package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** Statements with attachments (xAPI Data 2.4.11, Communication 1.5.2): multipart/mixed in and out. */
@IntegrationTest
class AttachmentTests {

	private static final String USAGE = "http://example.org/attachment-usage/report";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	Lrs lrs;

	@BeforeEach
	void credential() {
		lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
	}

	@Test
	void an_attachment_sent_as_a_part_comes_back_with_attachments_true() throws Exception {
		byte[] content = "Verslag van de intervisie".getBytes(StandardCharsets.UTF_8);
		String sha2 = Multipart.sha256(content);
		String statement = Multipart.statementWith(sha2, content.length, USAGE, "text/plain", null);
		String id = JsonPath.read(send(new Multipart(statement).part("text/plain", sha2, content, true))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[0]");

		MvcResult result = mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id).param("attachments", "true")))
			.andExpect(status().isOk())
			.andReturn();
		String type = result.getResponse().getContentType();
		assertThat(type).startsWith("multipart/mixed; boundary=");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Content-Type: application/json", "X-Experience-API-Hash: " + sha2,
				"Content-Transfer-Encoding: binary", "Verslag van de intervisie", "\"id\":\"" + id + "\"");
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id).param("attachments", "false")))
			.andExpect(status().isOk())
			.andExpect(result2 -> assertThat(result2.getResponse().getContentType()).startsWith("application/json"));
	}

	@Test
	void a_file_url_attachment_needs_no_part_and_json_is_enough() throws Exception {
		String statement = Multipart.statementWith("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a", 27,
				USAGE, "text/plain", "http://example.org/verslag.txt");
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isOk());
		send(new Multipart(statement)).andExpect(status().isOk());
	}

	@Test
	void missing_parts_extra_parts_and_wrong_headers_are_400() throws Exception {
		byte[] content = "inhoud".getBytes(StandardCharsets.UTF_8);
		String sha2 = Multipart.sha256(content);
		String statement = Multipart.statementWith(sha2, content.length, USAGE, "text/plain", null);
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isBadRequest());
		send(new Multipart(statement)).andExpect(status().isBadRequest());
		send(new Multipart(statement).part("text/plain", Multipart.sha256("anders".getBytes()), content, true))
			.andExpect(status().isBadRequest());
		send(new Multipart(statement).part("text/plain", null, content, true)).andExpect(status().isBadRequest());
		send(new Multipart(statement).part("text/plain", sha2, content, false)).andExpect(status().isBadRequest());
		send(new Multipart(Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
			.part("text/plain", sha2, content, true)).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(post("/xapi/statements")).contentType("multipart/mixed").content(new Multipart(statement)
			.part("text/plain", sha2, content, true).bytes())).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(post("/xapi/statements")).contentType("multipart/form-data; boundary=" + Multipart.BOUNDARY)
			.content(new Multipart(statement).part("text/plain", sha2, content, true).bytes()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void a_request_above_the_size_limit_is_413() throws Exception {
		byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(Multipart.CONTENT_TYPE).content(tooLarge))
			.andExpect(status().isPayloadTooLarge());
		mvc.perform(lrs.as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/xapi/activities/state")
			.param("activityId", Lrs.unique("activity")).param("agent", "{\"mbox\": \"mailto:a@example.org\"}")
			.param("stateId", "groot")).contentType(MediaType.APPLICATION_OCTET_STREAM).content(tooLarge))
			.andExpect(status().isPayloadTooLarge());
	}

	private org.springframework.test.web.servlet.ResultActions send(Multipart multipart) throws Exception {
		return mvc.perform(lrs.as(post("/xapi/statements")).contentType(Multipart.CONTENT_TYPE).content(multipart.bytes()));
	}

}

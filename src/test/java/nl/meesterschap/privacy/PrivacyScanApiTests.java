package nl.meesterschap.privacy;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;

/** POST /api/v1/privacy/scan: the contract of the issue. */
@IntegrationTest
class PrivacyScanApiTests {

	@Autowired
	MockMvc mvc;

	String token;

	@BeforeEach
	void token() throws Exception {
		token = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(httpBasic("karin", DemoUsers.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.token");
	}

	@Test
	void findings_come_with_type_offsets_text_and_confidence() throws Exception {
		mvc.perform(post("/api/v1/privacy/scan").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Het BSN is 123456782 en de IBAN NL91ABNA0417164300.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings", hasSize(2)))
			.andExpect(jsonPath("$.findings[0].type").value("BSN"))
			.andExpect(jsonPath("$.findings[0].start").value(11))
			.andExpect(jsonPath("$.findings[0].end").value(20))
			.andExpect(jsonPath("$.findings[0].text").value("123456782"))
			.andExpect(jsonPath("$.findings[0].confidence").isNumber())
			.andExpect(jsonPath("$.findings[1].type").value("IBAN"));
	}

	@Test
	void clean_text_has_no_findings_and_a_missing_text_is_a_400() throws Exception {
		mvc.perform(post("/api/v1/privacy/scan").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Op 12 maart 2025 bespraken we artikel 2.3.5 Wmo en een bedrag van € 1.250,00.\"}"))
			.andExpect(jsonPath("$.findings", hasSize(0)));
		mvc.perform(post("/api/v1/privacy/scan").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("text"));
	}

}

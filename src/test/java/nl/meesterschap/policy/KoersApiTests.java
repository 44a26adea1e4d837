package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.IntegrationTest;

/** The koers API: its shape, the organisation parameter, and problem details when there is nothing to show. */
@IntegrationTest
class KoersApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_koers_you_work_by_with_all_its_principles() throws Exception {
		mvc.perform(get("/api/v1/koers").with(as(accounts, "mirjam")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.organisation.slug").value("lindewaarde"))
			.andExpect(jsonPath("$.organisation.name").value("Gemeente Lindewaarde"))
			.andExpect(jsonPath("$.organisation.id").isString())
			.andExpect(jsonPath("$.organisation.kind").doesNotExist())
			.andExpect(jsonPath("$.title").value("Samen dichtbij"))
			.andExpect(jsonPath("$.period").value("2025–2028"))
			.andExpect(jsonPath("$.version").value(greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.publishedAt").isString())
			.andExpect(jsonPath("$.vision", containsString("Lindewaarde wil een gemeente zijn")))
			.andExpect(jsonPath("$.changeNote").isString())
			.andExpect(jsonPath("$.principles[0].code").value("P1"))
			.andExpect(jsonPath("$.principles[0].domain").value(nullValue()))
			.andExpect(jsonPath("$.principles[0].examples", hasSize(3)))
			.andExpect(jsonPath("$.principles[*].domain", hasItem("JEUGD")))
			.andExpect(jsonPath("$.principles[*].inPractice").isArray());
	}

	@Test
	void another_organisations_koers_by_its_slug() throws Exception {
		mvc.perform(get("/api/v1/koers").param("organisation", "lindewaarde").with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Samen dichtbij"));
	}

	@Test
	void an_organisation_without_a_published_koers_is_a_404_problem() throws Exception {
		mvc.perform(get("/api/v1/koers").param("organisation", "jeugdhulp-de-linde").with(as(accounts, "anouk")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Niet gevonden"))
			.andExpect(jsonPath("$.detail").value(
					"Organisatie jeugdhulp-de-linde bestaat niet of heeft nog geen gepubliceerde koers."));
		mvc.perform(get("/api/v1/koers").param("organisation", "bestaat-niet").with(as(accounts, "anouk")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/principles/P1").param("organisation", "bestaat-niet").with(as(accounts, "anouk")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void one_principle_with_the_koers_it_belongs_to() throws Exception {
		mvc.perform(get("/api/v1/principles/P8").with(as(accounts, "olaf")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.code").value("P8"))
			.andExpect(jsonPath("$.title").value("Thuis opgroeien waar het kan"))
			.andExpect(jsonPath("$.domain").value("JEUGD"))
			.andExpect(jsonPath("$.explanation").isString())
			.andExpect(jsonPath("$.inPractice").isString())
			.andExpect(jsonPath("$.examples", hasSize(3)))
			.andExpect(jsonPath("$.koers.organisation.slug").value("lindewaarde"))
			.andExpect(jsonPath("$.koers.version").value(greaterThanOrEqualTo(2)));
		mvc.perform(get("/api/v1/principles/P1").param("organisation", "lindewaarde").with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.koers.organisation.name").value("Gemeente Lindewaarde"));
	}

	@Test
	void an_unknown_principle_is_a_404_problem_in_the_callers_language() throws Exception {
		mvc.perform(get("/api/v1/principles/P99").with(as(accounts, "anouk")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("De huidige koers heeft geen principe met code P99."));
		mvc.perform(get("/api/v1/principles/P99").header("Accept-Language", "en").with(as(accounts, "anouk")))
			.andExpect(jsonPath("$.detail").value("The current course has no principle with code P99."));
	}

	@Test
	void the_api_needs_a_signed_in_caller_and_is_documented() throws Exception {
		mvc.perform(get("/api/v1/koers"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String document = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(JsonPath.<String>read(document, "$.paths['/koers'].get.operationId"))
			.isEqualTo("getKoers");
		org.assertj.core.api.Assertions
			.assertThat(JsonPath.<String>read(document, "$.paths['/principles/{code}'].get.operationId"))
			.isEqualTo("getPrinciple");
		org.assertj.core.api.Assertions
			.assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.paths['/koers'].get.responses"))
			.containsKeys("200", "400", "404");
	}

}

package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** Paging with the "more" link: every statement exactly once, in order, also when more arrive meanwhile. */
@IntegrationTest
class MorePagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@Test
	void more_links_page_through_all_statements_once_even_while_new_ones_arrive() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		String learner = Lrs.unique("mbox");
		String verb = Lrs.unique("verb");
		StringBuilder batch = new StringBuilder("[");
		for (int i = 0; i < 7; i++) {
			batch.append(i == 0 ? "" : ",").append(Lrs.statement(learner, verb, Lrs.unique("activity")));
		}
		List<String> stored = JsonPath.read(mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch.append(']').toString())).andReturn().getResponse().getContentAsString(), "$");

		List<String> seen = new ArrayList<>();
		String page = body(lrs, get("/xapi/statements").param("agent", "{\"mbox\": \"mailto:" + learner + "\"}")
			.param("verb", verb).param("limit", "3").param("ascending", "true"));
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.statement(learner, Lrs.unique("verb"), Lrs.unique("activity")))).andExpect(status().isOk());
		while (true) {
			seen.addAll(JsonPath.read(page, "$.statements[*].id"));
			String more = JsonPath.read(page, "$.more");
			if (more.isEmpty()) {
				break;
			}
			assertThat(more).startsWith("/xapi/statements?more=");
			page = body(lrs, get(more));
		}
		assertThat(seen).containsExactlyElementsOf(stored);
	}

	@Test
	void a_more_link_takes_no_other_parameters_and_must_be_one_the_lrs_made() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(lrs.as(get("/xapi/statements").param("more", "bm9uc2Vuc2U"))).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(get("/xapi/statements").param("more", "x").param("limit", "2")))
			.andExpect(status().isBadRequest());
	}

	private String body(Lrs lrs, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(lrs.as(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}

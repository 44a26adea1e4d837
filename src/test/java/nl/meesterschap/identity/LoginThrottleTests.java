package nl.meesterschap.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;

/** Many failed logins from one address make that address wait, for forms and HTTP Basic alike; others go on. */
@IntegrationTest
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Value("${meesterschap.security.failed-logins-per-address}")
	int perAddress;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder login(String user, String password, String address) {
		return post("/inloggen").param("username", user).param("password", password).with(csrf()).with(from(address));
	}

	@Test
	void an_address_with_too_many_failed_logins_waits_and_keeps_the_user_name() throws Exception {
		String spraying = "203.0.113.41";
		for (int i = 0; i < perAddress; i++) {
			mvc.perform(login("niemand-" + UUID.randomUUID(), "Welkom01!", spraying)).andExpect(redirectedUrl("/inloggen?fout=onjuist"));
		}
		MvcResult refused = mvc
			.perform(login("anouk", DemoUsers.PASSWORD, spraying))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/inloggen?fout=te-vaak"))
			.andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
			.andReturn();
		mvc.perform(get("/inloggen").param("fout", "te-vaak")
			.session((MockHttpSession) refused.getRequest().getSession()))
			.andExpect(content().string(Matchers.containsString("te vaak een verkeerd wachtwoord")))
			.andExpect(content().string(Matchers.containsString("value=\"anouk\"")));

		mvc.perform(post("/api/v1/me/tokens").with(from(spraying))
			.with(httpBasic("anouk", DemoUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));

		mvc.perform(login("anouk", DemoUsers.PASSWORD, "198.51.100.7"))
			.andExpect(authenticated().withUsername("anouk"));
	}

}

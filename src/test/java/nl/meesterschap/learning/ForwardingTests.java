package nl.meesterschap.learning;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.forwarding.Forwarder;

/**
 * Forwarding to a second LRS: a tiny HTTP server in the test plays the other LRS. It fails first, then accepts;
 * the forwarder waits out its backoff, sends each statement once, in order, with the target's credentials, and
 * never sends another organisation's statements.
 */
@IntegrationTest
class ForwardingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Forwarder forwarder;

	@Autowired
	TestClock clock;

	HttpServer secondLrs;

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** The status the second LRS answers with, one per request; 200 once the list is used up. */
	final List<Integer> answers = new CopyOnWriteArrayList<>();

	final AtomicInteger requests = new AtomicInteger();

	record Received(String authorization, String version, String contentType, String body) {
	}

	@BeforeEach
	void startSecondLrs() throws IOException {
		secondLrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		secondLrs.createContext("/lrs/xapi/statements", this::answer);
		secondLrs.start();
	}

	@AfterEach
	void stop() throws Exception {
		secondLrs.stop(0);
		clock.reset();
		mvc.perform(delete("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token("lucas")));
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int n = requests.getAndIncrement();
		int status = n < answers.size() ? answers.get(n) : 200;
		received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
				exchange.getRequestHeaders().getFirst("Content-Type"), body));
		byte[] reply = (status == 200 ? "[]" : "{\"message\": \"status " + status + "\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, reply.length);
		exchange.getResponseBody().write(reply);
		exchange.close();
	}

	private String endpoint() {
		return "http://127.0.0.1:" + secondLrs.getAddress().getPort() + "/lrs/xapi";
	}

	@Test
	void statements_are_forwarded_once_after_the_second_lrs_failed_first_then_accepted() throws Exception {
		String token = token("lucas");
		answers.add(503);
		mvc.perform(put("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpoint\": \"" + endpoint() + "/\", \"username\": \"doel\", \"password\": \"geheim\", "
					+ "\"xapiVersion\": \"1.0.3\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endpoint").value(endpoint()))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.enabled").value(true));

		Lrs lindewaarde = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		Lrs deLinde = Lrs.of(people, credentials, Lrs.DE_LINDE);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		mvc.perform(lindewaarde.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content("[" + Lrs.withId(first, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
					+ "," + Lrs.withId(second, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
					+ "]"))
			.andExpect(status().isOk());
		UUID elsewhere = UUID.randomUUID();
		mvc.perform(deLinde.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.withId(elsewhere, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))))
			.andExpect(status().isOk());

		// first attempt: the second LRS answers 503; both statements wait, with a backoff
		assertThat(forwarder.forwardDue()).isZero();
		assertThat(received).hasSize(1);
		mvc.perform(get("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.pending").value(2))
			.andExpect(jsonPath("$.failedAttempts").value(1))
			.andExpect(jsonPath("$.lastError").value(containsString("HTTP 503")));
		assertThat(forwarder.forwardDue()).isZero();
		assertThat(received).as("no new attempt before the backoff has passed").hasSize(1);

		// after the backoff: accepted, both in one batch, in order, with the target's credentials and version
		clock.advance(Duration.ofMinutes(2));
		assertThat(forwarder.forwardDue()).isEqualTo(2);
		assertThat(received).hasSize(2);
		Received accepted = received.get(1);
		assertThat(accepted.authorization()).isEqualTo(Lrs.basic("doel", "geheim"));
		assertThat(accepted.version()).isEqualTo("1.0.3");
		assertThat(accepted.contentType()).startsWith("application/json");
		List<String> ids = JsonPath.read(accepted.body(), "$[*].id");
		assertThat(ids).containsExactly(first.toString(), second.toString());
		List<String> versions = JsonPath.read(accepted.body(), "$[*].version");
		assertThat(versions).as("a 1.0.3 target gets 1.0.x statements").containsOnly("1.0.0");
		assertThat(accepted.body()).doesNotContain(elsewhere.toString());
		mvc.perform(get("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.failedAttempts").value(0))
			.andExpect(jsonPath("$.lastError").doesNotExist())
			.andExpect(jsonPath("$.lastForwardedAt").exists());

		// once each: nothing is sent again
		clock.advance(Duration.ofHours(2));
		assertThat(forwarder.forwardDue()).isZero();
		assertThat(received).hasSize(2);
	}

	@Test
	void a_statement_the_second_lrs_refuses_for_good_is_set_aside_and_the_rest_goes_on() throws Exception {
		String token = token("lucas");
		mvc.perform(put("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpoint\": \"" + endpoint() + "\", \"username\": \"doel\", \"password\": \"geheim\"}"))
			.andExpect(status().isOk());
		answers.addAll(List.of(400, 409, 200));
		Lrs lindewaarde = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		UUID refused = UUID.randomUUID();
		UUID accepted = UUID.randomUUID();
		mvc.perform(lindewaarde.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content("[" + Lrs.withId(refused, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
					+ "," + Lrs.withId(accepted, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
					+ "]"))
			.andExpect(status().isOk());

		// the batch is refused (400); sent one by one, the first is refused (409), the second accepted
		assertThat(forwarder.forwardDue()).isEqualTo(1);
		assertThat(received).hasSize(3);
		assertThat(received.get(0).version()).isEqualTo("2.0.0");
		assertThat(received.get(1).body()).contains(refused.toString()).doesNotContain(accepted.toString());
		assertThat(received.get(2).body()).contains(accepted.toString());
		mvc.perform(get("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.failedAttempts").value(0));
		assertThat(forwarder.forwardDue()).isZero();
		assertThat(received).hasSize(3);
	}

	@Test
	void bad_settings_get_specific_errors_and_only_admins_may_change_them() throws Exception {
		mvc.perform(put("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token("lucas"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpoint\": \"ftp://lrs.example.org\", \"username\": \"a:b\", \"xapiVersion\": \"1.1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.containsInAnyOrder("endpoint",
					"username", "password", "xapiVersion")));
		mvc.perform(get("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token("lucas")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/lrs-forwarding").header("Authorization", "Bearer " + token("anouk"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpoint\": \"" + endpoint() + "\", \"username\": \"doel\", \"password\": \"geheim\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_admin_sets_up_forwarding_on_the_admin_page_and_sees_errors_inline() throws Exception {
		mvc.perform(get("/beheer/lindewaarde/lrs").with(as(accounts, "lucas")))
			.andExpect(content().string(containsString("/beheer/lindewaarde/lrs/doorsturen")));
		mvc.perform(post("/beheer/lindewaarde/lrs/doorsturen").param("endpoint", "niet-een-adres")
			.param("username", "doel").param("password", "Zw4rt-3xyz").param("xapiVersion", "2.0.0")
			.param("enabled", "true").with(csrf()).with(as(accounts, "lucas")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("endpoint-error")))
			.andExpect(content().string(containsString("value=\"doel\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Zw4rt-3xyz"))));
		mvc.perform(post("/beheer/lindewaarde/lrs/doorsturen").param("endpoint", endpoint())
			.param("username", "doel").param("password", "Zw4rt-3xyz").param("xapiVersion", "2.0.0")
			.param("enabled", "true").with(csrf()).with(as(accounts, "lucas")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/lindewaarde/lrs/doorsturen").with(as(accounts, "lucas")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(endpoint())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Zw4rt-3xyz"))));
		mvc.perform(get("/beheer/lindewaarde/lrs/doorsturen").with(as(accounts, "sanne"))).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/jeugdhulp-de-linde/lrs/doorsturen").with(as(accounts, "lucas")))
			.andExpect(status().isNotFound());
	}

	private String token(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/me/tokens").header("Authorization", Lrs.basic(username, DemoUsers.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.token");
	}

}

package nl.meesterschap.notifications;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.internal.Preferences;

/** {@code /api/v1/notifications} and {@code /api/v1/notification-preferences}. */
@IntegrationTest
class NotificationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Autowired
	Preferences preferences;

	@Autowired
	ResponseService responses;

	@Autowired
	NotificationFixture fixture;

	@Test
	void notifications_are_listed_newest_first_filtered_and_marked_read() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Via de API");
		respond("bram", story);
		respond("chantal", story);
		UUID newest = fixture.awaitNotifications(sara, 2).get(0).id();

		mvc.perform(get("/api/v1/notifications").with(as(sara))).andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.unread").value(2))
			.andExpect(jsonPath("$.notifications", hasSize(2)))
			.andExpect(jsonPath("$.notifications[0].id").value(newest.toString()))
			.andExpect(jsonPath("$.notifications[0].kind").value("RESPONSE"))
			.andExpect(jsonPath("$.notifications[0].text").value("Chantal Bakker reageerde op je verhaal ‘Via de API’"))
			.andExpect(jsonPath("$.notifications[0].url").value(startsWith("http://localhost:8080/verhalen/" + story)))
			.andExpect(jsonPath("$.notifications[0].read").value(false));
		mvc.perform(post("/api/v1/notifications/" + newest + "/read").with(csrf()).with(as(sara))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/notifications?unread=true").with(as(sara)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.notifications[0].text").value("Bram Jansen reageerde op je verhaal ‘Via de API’"));
		mvc.perform(get("/api/v1/notifications/" + newest).with(as(sara))).andExpect(jsonPath("$.read").value(true));
		mvc.perform(post("/api/v1/notifications/read-all").with(csrf()).with(as(sara))).andExpect(jsonPath("$.marked").value(1));
		mvc.perform(get("/api/v1/notifications?unread=true").with(as(sara))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void someone_elses_notification_is_not_found_and_bad_paging_is_a_problem() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		respond("bram", fixture.story(sara, "Niet van jou"));
		UUID notification = fixture.awaitNotifications(sara, 1).get(0).id();
		mvc.perform(get("/api/v1/notifications/" + notification).with(as(fixture.id("bram"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/notifications/" + notification + "/read").with(csrf()).with(as(fixture.id("bram"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/notifications?size=500&page=0").with(as(sara)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams", hasSize(2)));
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

	@Test
	void preferences_are_read_and_changed_per_kind() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		mvc.perform(get("/api/v1/notification-preferences").with(as(sara))).andExpect(status().isOk())
			.andExpect(jsonPath("$.preferences", hasSize(NotificationKind.values().length)))
			.andExpect(jsonPath("$.preferences[?(@.kind == 'MENTION')].channel").value("EMAIL_NOW"))
			.andExpect(jsonPath("$.email.address").value(fixture.address(sara)))
			.andExpect(jsonPath("$.email.stopped").value(false));
		mvc.perform(put("/api/v1/notification-preferences").with(csrf()).with(as(sara)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"preferences\": [{\"kind\": \"MENTION\", \"channel\": \"EMAIL_DIGEST\"}, {\"kind\": \"response\", \"channel\": \"off\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preferences[?(@.kind == 'MENTION')].channel").value("EMAIL_DIGEST"))
			.andExpect(jsonPath("$.preferences[?(@.kind == 'RESPONSE')].channel").value("OFF"));
		mvc.perform(put("/api/v1/notification-preferences").with(csrf()).with(as(sara)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"preferences\": [{\"kind\": \"DUIF\", \"channel\": \"POST\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[0].name").value("preferences[0].kind"))
			.andExpect(jsonPath("$.invalidParams[1].name").value("preferences[0].channel"));
		mvc.perform(put("/api/v1/notification-preferences").with(csrf()).with(as(sara)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

	/** Signed in as in a browser (session; writes carry a CSRF token). */
	private RequestPostProcessor as(UUID person) {
		return user(DemoUsers.load(accounts, people.person(person).orElseThrow().username()));
	}

	private void respond(String username, UUID story) {
		responses.post(fixture.id(username), "story", story, null, ResponseKind.RECOGNITION, "Een reactie van " + username,
				UUID.randomUUID(), Join.NEW);
	}

}

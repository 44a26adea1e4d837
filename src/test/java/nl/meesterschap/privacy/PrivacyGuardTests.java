package nl.meesterschap.privacy;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;

@IntegrationTest
class PrivacyGuardTests {

	@Autowired
	PrivacyGuard guard;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void a_waiver_applies_to_one_item_only_and_is_logged_for_the_privacy_officer() throws Exception {
		PersonSummary bram = people.personByUsername("bram").orElseThrow();
		PrivacySubject first = new PrivacySubject("story", UUID.randomUUID());
		PrivacySubject other = new PrivacySubject("story", UUID.randomUUID());
		Map<String, String> texts = Map.of("title", "Gesprek met mevrouw Oudeman");
		assertThat(guard.blocking(first, texts)).hasSize(1);
		guard.waive(bram.id(), bram.organisationId(), first, FindingType.PERSON_NAME, "Oudeman");
		assertThat(guard.blocking(first, texts)).isEmpty();
		assertThat(guard.blocking(first, Map.of("title", "Gesprek met mevrouw  OUDEMAN"))).isEmpty();
		assertThat(guard.blocking(other, texts)).hasSize(1);
		mvc.perform(get("/privacy/logboek").with(as(accounts, "karin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bram Jansen")))
			.andExpect(content().string(containsString("Oudeman")));
		mvc.perform(get("/privacy/logboek").with(as(accounts, "bram"))).andExpect(status().isNotFound());
	}

	@Test
	void a_bsn_can_never_be_waived_and_the_attempt_is_logged() {
		PersonSummary bram = people.personByUsername("bram").orElseThrow();
		PrivacySubject subject = new PrivacySubject("story", UUID.randomUUID());
		assertThatThrownBy(() -> guard.waive(bram.id(), bram.organisationId(), subject, FindingType.BSN, "123456782"))
			.isInstanceOf(NotWaivableException.class);
		assertThat(guard.blocking(subject, Map.of("title", "BSN 123456782"))).hasSize(1);
	}

}

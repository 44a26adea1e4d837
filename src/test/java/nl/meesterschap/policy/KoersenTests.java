package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;

/**
 * The demo koers and who works by which koers. Other tests may publish newer versions of Lindewaarde's koers, so
 * these tests look versions 1 and 2 up by number.
 */
@IntegrationTest
class KoersenTests {

	@Autowired
	Koersen koersen;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_demo_seed_publishes_both_versions_of_samen_dichtbij() {
		List<KoersVersion> versions = koersen.versions(lindewaarde());
		assertThat(versions).extracting(KoersVersion::version).contains(2, 1);
		assertThat(versions.get(0).version()).isEqualTo(koersen.current(lindewaarde()).orElseThrow().version());
		assertThat(versions).isSortedAccordingTo((a, b) -> Integer.compare(b.version(), a.version()));

		KoersVersion first = version(1);
		assertThat(first.title()).isEqualTo("Samen dichtbij");
		assertThat(first.period()).isEqualTo("2025–2028");
		assertThat(first.organisationSlug()).isEqualTo("lindewaarde");
		assertThat(first.organisationName()).isEqualTo("Gemeente Lindewaarde");
		assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-01-20T09:00:00Z"));
		assertThat(first.principles()).hasSize(10);
		assertThat(first.principle("P1").orElseThrow().title()).isEqualTo("Eigen regie voorop");
		assertThat(first.principle("P11")).isEmpty();

		KoersVersion second = version(2);
		assertThat(second.publishedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
		assertThat(second.principles()).hasSize(11);
		assertThat(second.principles()).extracting(Principle::code)
			.containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11");
		assertThat(second.changeNote()).startsWith("Deze versie komt uit de praktijk.");
		Principle p8 = second.principle("P8").orElseThrow();
		assertThat(p8.domain()).isEqualTo(Domain.JEUGD);
		assertThat(p8.examples()).hasSize(3)
			.first()
			.isEqualTo("Je zoekt met ouders wie uit de familie kan inspringen als het thuis even niet gaat.");
		assertThat(second.principle("P1").orElseThrow().domain()).isNull();
	}

	@Test
	void a_municipality_professional_works_by_their_own_koers() {
		assertThat(koersen.applicableTo(viewer("anouk"))).hasValueSatisfying(
				koers -> assertThat(koers.organisationSlug()).isEqualTo("lindewaarde"));
	}

	@Test
	void partners_in_the_network_work_in_the_spirit_of_the_municipality_s_koers() {
		assertThat(koersen.applicableTo(viewer("mirjam"))).hasValueSatisfying(koers -> {
			assertThat(koers.organisationSlug()).isEqualTo("lindewaarde");
			assertThat(koers.title()).isEqualTo("Samen dichtbij");
		});
		assertThat(koersen.applicableTo(viewer("olaf"))).map(KoersVersion::organisationSlug).hasValue("lindewaarde");
	}

	@Test
	void people_of_a_partner_organisation_in_the_network_work_by_it_even_outside_the_network() {
		assertThat(people.networksOf(people.personByUsername("noor").orElseThrow().id())).isEmpty();
		assertThat(koersen.applicableTo(viewer("noor"))).map(KoersVersion::organisationSlug).hasValue("lindewaarde");
		UUID jeugdhulp = people.organisationBySlug("jeugdhulp-de-linde").orElseThrow().id();
		assertThat(koersen.current(jeugdhulp)).isEmpty();
		assertThat(koersen.versions(jeugdhulp)).isEmpty();
	}

	@Test
	void an_organisation_without_koers_and_without_network_has_none() {
		Viewer outsider = new Viewer(UUID.randomUUID(), UUID.randomUUID(), Set.of(), Set.of(), Map.of());
		assertThat(koersen.applicableTo(outsider)).isEmpty();
		assertThat(koersen.current(outsider.organisationId())).isEmpty();
	}

	@Test
	void koers_sends_you_to_the_koers_you_work_by() throws Exception {
		mvc.perform(get("/koers").with(as(accounts, "anouk"))).andExpect(redirectedUrl("/koers/lindewaarde"));
		mvc.perform(get("/koers").with(as(accounts, "mirjam"))).andExpect(redirectedUrl("/koers/lindewaarde"));
		mvc.perform(get("/koers").with(as(accounts, "noor"))).andExpect(redirectedUrl("/koers/lindewaarde"));
	}

	private KoersVersion version(int number) {
		return koersen.versions(lindewaarde()).stream().filter(v -> v.version() == number).findFirst().orElseThrow();
	}

	private UUID lindewaarde() {
		return people.organisationBySlug("lindewaarde").orElseThrow().id();
	}

	private Viewer viewer(String username) {
		return people.viewer(people.personByUsername(username).orElseThrow().id());
	}

}

package nl.meesterschap.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The regular Dutch verb forms a query word also looks for. */
class VerbFormsTests {

	@Test
	void an_infinitive_gives_its_present_past_and_participle() {
		assertThat(VerbForms.of("regelen")).contains("regelt", "regelde", "regelden", "geregeld");
		assertThat(VerbForms.of("schamen")).contains("schaamt", "schaamde", "schaamden", "geschaamd");
		assertThat(VerbForms.of("bellen")).contains("belt", "belde", "gebeld");
		assertThat(VerbForms.of("wonen")).contains("woont", "woonde", "gewoond");
		assertThat(VerbForms.of("betalen")).contains("betaalt", "betaalde", "betaald").doesNotContain("gebetaald");
	}

	@Test
	void t_kofschip_chooses_te_or_de_and_z_and_v_become_s_and_f() {
		assertThat(VerbForms.of("maken")).contains("maakt", "maakte", "gemaakt");
		assertThat(VerbForms.of("praten")).contains("praat", "praatte", "gepraat");
		assertThat(VerbForms.of("reizen")).contains("reist", "reisde", "gereisd");
		assertThat(VerbForms.of("leven")).contains("leeft", "leefde", "geleefd");
		assertThat(VerbForms.of("verhuizen")).contains("verhuist", "verhuisde", "verhuisd");
		assertThat(VerbForms.of("wachten")).contains("wacht", "wachtte", "gewacht");
	}

	@Test
	void a_present_tense_gives_the_infinitive_and_the_past() {
		assertThat(VerbForms.of("schaamt")).contains("schamen", "schaamde", "geschaamd");
		assertThat(VerbForms.of("regelt")).contains("regelen", "regelde");
		assertThat(VerbForms.of("woont")).contains("wonen", "woonde");
		assertThat(VerbForms.of("leeft")).contains("leven", "leefde");
	}

	@Test
	void short_words_and_words_that_cannot_be_a_verb_give_nothing() {
		assertThat(VerbForms.of("gaat")).isEmpty();
		assertThat(VerbForms.of("mantelzorg")).isEmpty();
		assertThat(VerbForms.of("cliënt")).isEmpty();
		assertThat(VerbForms.of("ouder")).isEmpty();
		assertThat(VerbForms.of("regelen")).doesNotContain("regelen");
	}

}

package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameDetectorTests {

	private final PersonNameDetector detector = new PersonNameDetector(WordLists.standard());

	@Test
	void a_surname_after_a_title_is_a_name_and_the_title_stays_outside() {
		assertThat(found("dhr. Jansen, mevr. van der Berg, mw. De Vries, meneer El Amrani, mevrouw Yılmaz, "
				+ "de heer P. de Groot, Mevrouw D'Souza."))
			.containsExactly("Jansen", "van der Berg", "De Vries", "El Amrani", "Yılmaz", "P. de Groot", "D'Souza");
	}

	@Test
	void double_barrelled_surnames_are_found_whole() {
		assertThat(found("mevrouw Fatima el Idrissi-Bakker en dhr. Jansen-de Vries"))
			.containsExactly("Fatima el Idrissi-Bakker", "Jansen-de Vries");
	}

	@Test
	void initials_before_a_surname_are_a_name() {
		assertThat(found("J.P. Bakker, J. P. Smit en A. Bakker belden.")).containsExactly("J.P. Bakker", "J. P. Smit",
				"A. Bakker");
		assertThat(found("E.M.H. Hirsch Ballin en D. IJ. W. de Graaff-Nauta tekenden."))
			.containsExactly("E.M.H. Hirsch Ballin", "D. IJ. W. de Graaff-Nauta");
	}

	@Test
	void abbreviations_written_like_initials_are_no_name() {
		assertThat(found("De N.V. Waterbedrijf en de B.V. Zorgkracht.")).isEmpty();
	}

	@Test
	void hyphenated_first_names_are_one_name_but_hyphenated_places_are_none() {
		assertThat(found("Jan-Willem en Fatima-Zahra kwamen uit Hendrik-Ido-Ambacht.")).containsExactly("Jan-Willem",
				"Fatima-Zahra");
		assertThat(found("In de EVA-staten en Noord-Holland.")).isEmpty();
	}

	@Test
	void saints_and_royals_are_no_clients() {
		assertThat(found("Op Sint Maarten en bij Koning Willem en Prinses Amalia.")).isEmpty();
	}

	@Test
	void a_lone_letter_at_a_sentence_end_is_no_initial() {
		assertThat(found("Zie bijlage A. Daarna volgt plan B. Rapportage volgt. N.B. Vergeet het niet.")).isEmpty();
	}

	@Test
	void a_known_first_name_and_surname_are_one_name() {
		assertThat(found("Fatima el Idrissi, Kees van den Heuvel, Mohammed Boukhari en Anna de Jong kwamen."))
			.containsExactly("Fatima el Idrissi", "Kees van den Heuvel", "Mohammed Boukhari", "Anna de Jong");
	}

	@Test
	void a_known_first_name_alone_is_a_name() {
		assertThat(found("Fatima vertelde dat moeder Sandra en de zoon Daan ziek waren."))
			.containsExactly("Fatima", "Sandra", "Daan");
	}

	@Test
	void a_possessive_is_left_out_of_the_name() {
		assertThat(found("Fatima's moeder kwam.")).containsExactly("Fatima");
	}

	@Test
	void a_first_name_that_is_also_a_word_needs_a_role_or_a_surname() {
		assertThat(found("Roos is mooi. Hoop doet leven. Mark je agenda. Wil je dat? Lente kwam vroeg.")).isEmpty();
		assertThat(found("Kim en Noor zijn thema's. Jade is een steen. Bas speelt.")).isEmpty();
		assertThat(found("Moeder Roos kwam met dochter Jade en Mark Jansen.")).containsExactly("Roos", "Jade",
				"Mark Jansen");
	}

	@Test
	void an_unknown_capitalised_word_after_a_role_is_a_name() {
		assertThat(found("Opa Henk en vader Grietjes kwamen, en tante Sevgi.")).containsExactly("Henk", "Grietjes",
				"Sevgi");
	}

	@Test
	void van_after_a_role_means_of_and_starts_no_name() {
		assertThat(found("De leerling van den Hoofdcursus en de cliënt van de Schuldhulp.")).isEmpty();
	}

	@Test
	void placeholders_are_no_names() {
		assertThat(found("[naam] sprak met cliënt A en moeder B over [NAAM-1].")).isEmpty();
	}

	@Test
	void organisations_and_laws_are_no_names() {
		assertThat(found("Welzijn Lindewaarde, Veilig Thuis, de Raad voor de Kinderbescherming, Jeugdhulp De Linde, "
				+ "het UWV, de GGD, de Wmo, de Jeugdwet en de Participatiewet werkten samen.")).isEmpty();
		assertThat(found("Stichting De Hoop en cliënt Wmo en de familie UWV.")).isEmpty();
	}

	@Test
	void streets_and_schools_named_after_people_are_no_names() {
		assertThat(found("Ze woont in de Jan van Galenstraat en gaat naar het Sophia Kinderziekenhuis.")).isEmpty();
	}

	@Test
	void capitalised_ordinary_words_at_a_sentence_start_are_no_names() {
		assertThat(found("Daarna ging het beter. Gelukkig was er hulp. Meneer gaf aan dat hij moe was. "
				+ "Mevrouw is ziek.")).isEmpty();
	}

	@Test
	void a_name_with_a_title_is_more_certain_than_a_first_name_alone() {
		assertThat(detector.detect("dhr. Jansen").get(0).confidence()).isEqualTo(0.95);
		assertThat(detector.detect("Fatima vertelde").get(0).confidence()).isEqualTo(0.8);
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

	@Test
	void a_title_word_that_ends_a_sentence_does_not_name_the_next_word() {
		assertThat(found("Het ging om de gezondheid van mevrouw. Mijn teamleider tekende mee.")).isEmpty();
		assertThat(found("Ik sprak met meneer. Daarna belde ik de huisarts.")).isEmpty();
		assertThat(found("Ik belde mevr. Jansen.")).hasSize(1);
	}

}

package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class AddressDetectorTests {

	private final AddressDetector detector = new AddressDetector(WordLists.standard());

	@Test
	void a_street_and_house_number_is_an_address() {
		assertThat(found("Ze woont op de Kerkstraat 12 en eerder aan de Dorpsweg 7.")).containsExactly("Kerkstraat 12",
				"Dorpsweg 7");
	}

	@Test
	void house_number_additions_belong_to_the_address() {
		assertThat(found("Kerkstraat 12a, Dorpsweg 12-II, Molenlaan 3 bis, Stationsplein 4-2, Julianastraat 8 A, "
				+ "Beukenhof 5hs."))
			.containsExactly("Kerkstraat 12a", "Dorpsweg 12-II", "Molenlaan 3 bis", "Stationsplein 4-2",
					"Julianastraat 8 A", "Beukenhof 5hs");
	}

	@Test
	void multi_word_street_names_are_found_whole() {
		assertThat(found("Laan van Meerdervoort 1203 bis, Burgemeester de Withstraat 4, Jan van Galenstraat 12, "
				+ "Van 't Hoffstraat 2 en 's-Gravendijkwal 45."))
			.containsExactly("Laan van Meerdervoort 1203 bis", "Burgemeester de Withstraat 4",
					"Jan van Galenstraat 12", "Van 't Hoffstraat 2", "'s-Gravendijkwal 45");
	}

	@Test
	void a_postcode_and_place_after_the_address_are_part_of_it() {
		List<Finding> findings = detector.detect("Adres: Kerkstraat 12a, 1234 AB Lindewaarde. Bellen kan ook.");
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.text()).isEqualTo("Kerkstraat 12a, 1234 AB Lindewaarde");
			assertThat(finding.confidence()).isEqualTo(0.95);
		});
		assertThat(found("Dorpsweg 3 2500 GA Den Haag")).containsExactly("Dorpsweg 3 2500 GA Den Haag");
	}

	@Test
	void a_square_named_after_a_year_takes_a_number_after_nr() {
		assertThat(found("Het kantoor is op Plein 1944 nr 3.")).containsExactly("Plein 1944 nr 3");
	}

	@Test
	void numbered_things_that_are_no_street_are_ignored() {
		assertThat(found("In week 12 bespraken we artikel 12 met groep 7, stap 3 en team 2 van de Wmo 2015."))
			.isEmpty();
		assertThat(found("Sinds de Jeugdwet 2015 en de Participatiewet 2015, zie Hoofdstuk 3 en Fase 2.")).isEmpty();
	}

	@Test
	void words_ending_like_a_street_by_accident_are_ignored() {
		assertThat(found("Vergadering 3 ging over de Arbeidsmarkt 2025 en de Loopbaan 2 van de jongere.")).isEmpty();
	}

	@Test
	void a_street_without_a_number_is_no_address() {
		assertThat(found("Ze woont in de Kerkstraat, vlak bij de Markt.")).isEmpty();
	}

	@Test
	void a_capitalised_word_at_the_start_of_a_sentence_is_left_out() {
		assertThat(found("In Kerkstraat 12 woont het gezin.")).containsExactly("Kerkstraat 12");
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

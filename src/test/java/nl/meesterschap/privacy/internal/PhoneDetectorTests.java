package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneDetectorTests {

	private final PhoneDetector detector = new PhoneDetector();

	@Test
	void dutch_mobile_numbers_are_found_in_their_usual_forms() {
		assertThat(found("Bel 06-12345678, 06 1234 5678, 0612345678 of 06 - 12345678."))
			.containsExactly("06-12345678", "06 1234 5678", "0612345678", "06 - 12345678");
	}

	@Test
	void international_forms_of_dutch_numbers_are_found() {
		assertThat(found("Of +31 6 12345678, +31612345678, +31(0)6-12345678, +31 (0)6 12345678, 0031 6 12345678."))
			.containsExactly("+31 6 12345678", "+31612345678", "+31(0)6-12345678", "+31 (0)6 12345678",
					"0031 6 12345678");
	}

	@Test
	void landline_numbers_are_found() {
		assertThat(found("Kantoor 010-1234567, 0318-123456, 020 123 4567, 020-123 45 67 en +31 20 123 4567."))
			.containsExactly("010-1234567", "0318-123456", "020 123 4567", "020-123 45 67", "+31 20 123 4567");
	}

	@Test
	void foreign_numbers_are_found() {
		assertThat(found("Familie in Marokko: +212 612 345 678, in België 0032 470 12 34 56."))
			.containsExactly("+212 612 345 678", "0032 470 12 34 56");
	}

	@Test
	void mobile_numbers_get_a_higher_confidence_than_landlines() {
		assertThat(detector.detect("06-12345678").get(0).confidence()).isEqualTo(0.95);
		assertThat(detector.detect("+31(0)6-12345678").get(0).confidence()).isEqualTo(0.95);
		assertThat(detector.detect("010-1234567").get(0).confidence()).isEqualTo(0.9);
	}

	@Test
	void service_numbers_of_organisations_are_ignored() {
		assertThat(found("Bel 0800-1234567, 0900-1234567 of 0800-0123.")).isEmpty();
	}

	@Test
	void amounts_dates_times_and_articles_are_no_phone_numbers() {
		assertThat(found("Het kostte € 1.250,00 en 0,50 op 01-03-2025 om 14:30 of 09:30, artikel 2.3.5 Wmo, in 2024."))
			.isEmpty();
		assertThat(found("Op 01-03-1985 14 uur en 06-12-2024 10:00.")).isEmpty();
	}

	@Test
	void bsns_postcodes_and_case_numbers_are_no_phone_numbers() {
		assertThat(found("BSN 123456782, postcode 1234 AB, zaak 2024-0012345, dossier 012345678.")).isEmpty();
	}

	@Test
	void too_many_or_too_few_digits_are_no_phone_number() {
		assertThat(found("Nummer 061234567 en 06123456789 en 06-1234-5678.")).isEmpty();
	}

	@Test
	void a_number_glued_to_letters_is_no_phone_number() {
		assertThat(found("Code X0612345678 en 0612345678a.")).isEmpty();
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

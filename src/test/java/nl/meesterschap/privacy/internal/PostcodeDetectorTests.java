package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeDetectorTests {

	private final PostcodeDetector detector = new PostcodeDetector();

	@Test
	void postcodes_with_and_without_space_are_found() {
		assertThat(found("Postcode 1234 AB of 9876ZX, en 2500 GA Den Haag.")).containsExactly("1234 AB", "9876ZX",
				"2500 GA");
	}

	@Test
	void letter_pairs_that_are_never_issued_are_no_postcode() {
		assertThat(found("1234 SA en 1234 SD en 1234SS")).isEmpty();
	}

	@Test
	void lower_case_letters_leading_zeros_and_wrong_lengths_are_no_postcode() {
		assertThat(found("1234 ab, 0123 AB, 123 AB, 12345 AB, 1234 ABC, 1234 A")).isEmpty();
	}

	@Test
	void numbers_before_common_words_and_units_are_no_postcode() {
		assertThat(found("In 2024 EN 2025 OF later, 1000 KM verder, 2024 NL, 1500 MB, 2025 AB-test.")).isEmpty();
	}

	@Test
	void roman_numerals_after_a_number_are_no_postcode() {
		assertThat(found("Wet maatregelen woningmarkt 2014 II en besluit 8604 IV.")).isEmpty();
	}

	@Test
	void a_common_word_pair_counts_when_a_place_follows() {
		assertThat(found("Adres: 1234 EN Lindewaarde.")).containsExactly("1234 EN");
	}

	@Test
	void a_postcode_inside_a_longer_number_is_no_postcode() {
		assertThat(found("Bedrag 1.234 AB en 11234 AB en 1234 AB12")).isEmpty();
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class IbanDetectorTests {

	private final IbanDetector detector = new IbanDetector();

	@Test
	void dutch_ibans_with_a_valid_checksum_are_found() {
		assertThat(found("Rekening NL91ABNA0417164300 en NL20INGB0001234567."))
			.containsExactly("NL91ABNA0417164300", "NL20INGB0001234567");
	}

	@Test
	void spaced_and_lower_case_forms_are_found() {
		assertThat(found("Graag naar NL91 ABNA 0417 1643 00 of nl20 ingb 0001 2345 67 of nl91abna0417164300."))
			.containsExactly("NL91 ABNA 0417 1643 00", "nl20 ingb 0001 2345 67", "nl91abna0417164300");
	}

	@Test
	void one_changed_digit_breaks_the_checksum() {
		assertThat(found("NL91ABNA0417164301 en NL91ABNA0417164310 en NL92ABNA0417164300")).isEmpty();
	}

	@Test
	void foreign_ibans_are_checked_with_their_own_length() {
		assertThat(found("DE89370400440532013000, BE68539007547034, GB29 NWBK 6016 1331 9268 19, "
				+ "FR1420041010050500013M02606, ES9121000418450200051332, IT60X0542811101000000123456, "
				+ "PL61109010140000071219812874, TR330006100519786457841326"))
			.containsExactly("DE89370400440532013000", "BE68539007547034", "GB29 NWBK 6016 1331 9268 19",
					"FR1420041010050500013M02606", "ES9121000418450200051332", "IT60X0542811101000000123456",
					"PL61109010140000071219812874", "TR330006100519786457841326");
	}

	@Test
	void foreign_ibans_with_a_wrong_checksum_or_length_are_not_found() {
		assertThat(found("DE89370400440532013001 en BE6853900754703 en TR33000610051978645784132")).isEmpty();
	}

	@Test
	void unknown_country_codes_and_ordinary_words_are_not_found() {
		assertThat(found("XX12345678901234 en in 2024 en de 12 kinderen en NL91-ABNA-0417-1643-00")).isEmpty();
	}

	@Test
	void spaces_only_count_between_groups_of_four() {
		assertThat(found("NL9 1ABNA0417164300 en NL91AB NA0417164300")).isEmpty();
	}

	@Test
	void a_dutch_iban_needs_a_four_letter_bank_code() {
		// A valid mod-97 checksum, but digits where the bank code belongs.
		assertThat(IbanDetector.passesMod97("NL5312340417164300")).isTrue();
		assertThat(found("NL5312340417164300 en NL53 1234 0417 1643 00")).isEmpty();
	}

	@Test
	void mod_97_follows_iso_13616() {
		assertThat(IbanDetector.passesMod97("NL91ABNA0417164300")).isTrue();
		assertThat(IbanDetector.passesMod97("NL20INGB0001234567")).isTrue();
		assertThat(IbanDetector.passesMod97("NL20INGB0001234568")).isFalse();
	}

	@Test
	void an_iban_glued_to_more_letters_or_digits_is_not_found() {
		assertThat(found("XNL91ABNA0417164300 en NL91ABNA04171643001")).isEmpty();
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

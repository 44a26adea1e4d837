package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class BsnDetectorTests {

	private final BsnDetector detector = new BsnDetector();

	@Test
	void a_nine_digit_number_passing_the_eleven_proof_is_a_bsn() {
		assertThat(found("Het nummer 123456782 stond in de brief.")).containsExactly("123456782");
		assertThat(found("En ook 111222333.")).containsExactly("111222333");
	}

	@Test
	void a_nine_digit_number_failing_the_eleven_proof_is_a_case_number_not_a_bsn() {
		assertThat(found("Zaaknummer 123456789 is afgesloten.")).isEmpty();
		assertThat(found("Dossier 123456783.")).isEmpty();
	}

	@Test
	void all_zeros_pass_the_sum_but_are_no_bsn() {
		assertThat(found("BSN 000000000")).isEmpty();
	}

	@Test
	void dotted_and_spaced_forms_are_recognised() {
		assertThat(found("BSN: 123.456.782, of 1234 56 782, of 123 456 782, of 123-456-782."))
			.containsExactly("123.456.782", "1234 56 782", "123 456 782", "123-456-782");
	}

	@Test
	void mixed_separators_are_no_bsn() {
		assertThat(found("Code 123.456 782 en 12 3456782.")).isEmpty();
	}

	@Test
	void a_valid_bsn_inside_a_longer_number_is_no_bsn() {
		assertThat(found("Het nummer 1234567820 en 0123456782 en 1123456782.")).isEmpty();
		assertThat(found("Het bedrag 1.123.456.782 en 123.456.782,50 en 123.456.782.1.")).isEmpty();
		assertThat(found("Reeks 123 456 782 12 loopt door.")).isEmpty();
	}

	@Test
	void a_bsn_next_to_letters_is_no_bsn() {
		assertThat(found("Referentie A123456782 en 123456782B.")).isEmpty();
	}

	@Test
	void an_amount_that_passes_the_eleven_proof_is_no_bsn() {
		assertThat(found("Ten hoogste € 213.610.176 per jaar, of €123456782, of 123.456.782 euro.")).isEmpty();
		assertThat(found("Met een vaste spatie: €\u00a0213.610.176.")).isEmpty();
	}

	@Test
	void a_keyword_nearby_raises_confidence() {
		List<Finding> withKeyword = detector.detect("Het burgerservicenummer van moeder is 123456782.");
		List<Finding> without = detector.detect("Het nummer is 123456782.");
		assertThat(withKeyword).singleElement().extracting(Finding::confidence).isEqualTo(0.99);
		assertThat(without).singleElement().extracting(Finding::confidence).isEqualTo(0.9);
		assertThat(detector.detect("Nummer 123456782 (BSN)")).singleElement()
			.extracting(Finding::confidence)
			.isEqualTo(0.99);
	}

	@Test
	void an_old_eight_digit_number_counts_only_next_to_a_keyword() {
		// 12345672 with an implied leading zero passes the 11-proef.
		assertThat(found("Sofinummer 12345672 staat op de pas.")).containsExactly("12345672");
		assertThat(found("Factuur 12345672 is betaald.")).isEmpty();
	}

	@Test
	void offsets_point_at_the_number() {
		String text = "BSN 123.456.782.";
		Finding finding = detector.detect(text).get(0);
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text()).isEqualTo("123.456.782");
	}

	@Test
	void the_eleven_proof_uses_weights_nine_to_two_and_minus_one() {
		assertThat(BsnDetector.passesElevenProof("123456782", 0, 9)).isTrue();
		assertThat(BsnDetector.passesElevenProof("111222333", 0, 9)).isTrue();
		assertThat(BsnDetector.passesElevenProof("123456789", 0, 9)).isFalse();
		assertThat(BsnDetector.passesElevenProof("000000000", 0, 9)).isFalse();
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

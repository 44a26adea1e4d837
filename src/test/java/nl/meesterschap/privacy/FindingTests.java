package nl.meesterschap.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FindingTests {

	@Test
	void the_text_must_fit_the_span() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(FindingType.BSN, 0, 5, "1234", 0.9));
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(FindingType.BSN, 3, 3, "", 0.9));
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(FindingType.BSN, -1, 3, "123", 0.9));
	}

	@Test
	void confidence_lies_between_zero_and_one() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(FindingType.BSN, 0, 3, "123", 1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(FindingType.BSN, 0, 3, "123", Double.NaN));
	}

	@Test
	void printing_a_finding_never_prints_the_personal_data() {
		Finding finding = new Finding(FindingType.BSN, 4, 13, "123456782", 0.99);
		assertThat(finding.toString()).doesNotContain("123456782").contains("BSN", "4", "13");
	}

	@Test
	void findings_overlap_when_they_share_a_char() {
		Finding first = new Finding(FindingType.PERSON_NAME, 0, 5, "Fatim", 0.8);
		assertThat(first.overlaps(new Finding(FindingType.EMAIL, 4, 6, "a@", 0.9))).isTrue();
		assertThat(first.overlaps(new Finding(FindingType.EMAIL, 5, 7, "a@", 0.9))).isFalse();
	}

}

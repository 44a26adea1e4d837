package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapsTests {

	private static final String TEXT = "abcdefghijklmnopqrstuvwxyz";

	@Test
	void findings_are_sorted_by_start() {
		Finding later = finding(FindingType.EMAIL, 10, 12, 0.9);
		Finding earlier = finding(FindingType.BSN, 0, 3, 0.9);
		assertThat(Overlaps.resolve(List.of(later, earlier))).extracting(Finding::start)
			.containsExactly(0, 10);
	}

	@Test
	void the_longer_of_two_overlapping_findings_is_kept() {
		Finding postcode = finding(FindingType.POSTCODE, 5, 12, 0.9);
		Finding address = finding(FindingType.ADDRESS, 0, 20, 0.85);
		assertThat(Overlaps.resolve(List.of(postcode, address))).containsExactly(address);
	}

	@Test
	void with_equal_length_the_more_confident_finding_is_kept() {
		Finding phone = finding(FindingType.PHONE, 2, 10, 0.95);
		Finding name = finding(FindingType.PERSON_NAME, 4, 12, 0.8);
		assertThat(Overlaps.resolve(List.of(name, phone))).containsExactly(phone);
	}

	@Test
	void with_equal_length_and_confidence_the_finding_that_cannot_be_waived_is_kept() {
		Finding bsn = finding(FindingType.BSN, 2, 11, 0.9);
		Finding phone = finding(FindingType.PHONE, 2, 11, 0.9);
		assertThat(Overlaps.resolve(List.of(phone, bsn))).containsExactly(bsn);
	}

	@Test
	void a_long_finding_replaces_a_chain_of_shorter_ones_one_by_one() {
		Finding first = finding(FindingType.PERSON_NAME, 0, 4, 0.8);
		Finding long_ = finding(FindingType.ADDRESS, 2, 20, 0.9);
		Finding inside = finding(FindingType.POSTCODE, 10, 15, 0.9);
		Finding after = finding(FindingType.EMAIL, 21, 25, 0.9);
		assertThat(Overlaps.resolve(List.of(inside, after, first, long_))).containsExactly(long_, after);
	}

	private static Finding finding(FindingType type, int start, int end, double confidence) {
		return new Finding(type, start, end, TEXT.substring(start, end), confidence);
	}

}

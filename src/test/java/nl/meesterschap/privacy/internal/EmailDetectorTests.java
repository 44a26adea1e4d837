package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDetectorTests {

	private final EmailDetector detector = new EmailDetector();

	@Test
	void addresses_are_found_without_surrounding_punctuation() {
		assertThat(found("Mail j.jansen@example.nl. Of (fatima.el-idrissi+zorg@mail.example.com)!"))
			.containsExactly("j.jansen@example.nl", "fatima.el-idrissi+zorg@mail.example.com");
	}

	@Test
	void at_signs_that_are_no_address_are_ignored() {
		assertThat(found("Tweet naar @gemeente, om 12@ of a@b, x@y.z en test@.nl of @example.nl")).isEmpty();
	}

	@Test
	void role_mailboxes_get_a_low_confidence() {
		assertThat(detector.detect("info@wijkteam.nl").get(0).confidence()).isEqualTo(0.5);
		assertThat(detector.detect("s.bakker@wijkteam.nl").get(0).confidence()).isEqualTo(0.95);
	}

	@Test
	void offsets_point_at_the_address() {
		String text = "Contact: sandra@example.org, graag.";
		Finding finding = detector.detect(text).get(0);
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo("sandra@example.org");
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

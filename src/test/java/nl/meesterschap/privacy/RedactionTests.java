package nl.meesterschap.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedactionTests {

	private static final String TEXT = "Mevrouw Jansen heeft BSN 123456782.";

	private static final Finding NAME = new Finding(FindingType.PERSON_NAME, 8, 14, "Jansen", 0.95);

	private static final Finding BSN = new Finding(FindingType.BSN, 25, 34, "123456782", 0.9);

	@Test
	void findings_are_replaced_by_their_placeholder() {
		assertThat(Redaction.replace(TEXT, List.of(NAME, BSN), finding -> finding.type().placeholder()))
			.isEqualTo("Mevrouw [naam] heeft BSN [BSN].");
	}

	@Test
	void the_order_of_the_findings_does_not_matter() {
		assertThat(Redaction.replace(TEXT, List.of(BSN, NAME), finding -> "X")).isEqualTo("Mevrouw X heeft BSN X.");
	}

	@Test
	void the_placeholder_function_may_number_the_findings() {
		assertThat(Redaction.replace(TEXT, List.of(NAME), finding -> "[NAAM-1]"))
			.isEqualTo("Mevrouw [NAAM-1] heeft BSN 123456782.");
	}

	@Test
	void no_findings_leave_the_text_as_it_is() {
		assertThat(Redaction.replace(TEXT, List.of(), finding -> "X")).isEqualTo(TEXT);
	}

	@Test
	void overlapping_findings_are_refused() {
		Finding overlapping = new Finding(FindingType.PERSON_NAME, 0, 14, "Mevrouw Jansen", 0.9);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Redaction.replace(TEXT, List.of(NAME, overlapping), finding -> "X"));
	}

	@Test
	void a_finding_that_no_longer_matches_the_text_is_refused_without_echoing_it() {
		String edited = "Meneer Jansen heeft BSN 123456782.";
		assertThatIllegalArgumentException().isThrownBy(() -> Redaction.replace(edited, List.of(BSN), finding -> "X"))
			.withMessageNotContaining("123456782");
	}

	@Test
	void a_finding_beyond_the_text_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Redaction.replace("kort", List.of(BSN), finding -> "X"));
	}

}

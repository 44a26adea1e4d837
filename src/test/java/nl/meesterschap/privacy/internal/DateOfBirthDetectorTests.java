package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class DateOfBirthDetectorTests {

	private final DateOfBirthDetector detector = new DateOfBirthDetector(WordLists.standard());

	@Test
	void a_date_after_a_birth_word_is_a_birth_date() {
		assertThat(found("Zij is geboren op 12-03-1985. Geb. 12/3/85. Geboortedatum: 12 maart 1985."))
			.containsExactly("12-03-1985", "12/3/85", "12 maart 1985");
		assertThat(found("geb.datum 1-1-2010, DOB 1985-03-12, jarig op 12-3-'85, geboren 3 mrt. 2001"))
			.containsExactly("1-1-2010", "1985-03-12", "12-3-'85", "3 mrt. 2001");
	}

	@Test
	void a_date_in_parentheses_after_a_name_is_a_birth_date() {
		assertThat(found("Fatima (12-03-1985) en mevrouw Jansen (1-2-1990) kwamen.")).containsExactly("12-03-1985",
				"1-2-1990");
	}

	@Test
	void a_birth_year_alone_counts_with_a_birth_word() {
		List<Finding> findings = detector.detect("Vader, geb. 1985, en de zoon, geboren in 2015.");
		assertThat(findings).extracting(Finding::text).containsExactly("1985", "2015");
		assertThat(findings).allSatisfy(finding -> assertThat(finding.confidence()).isEqualTo(0.7));
	}

	@Test
	void meeting_dates_and_other_dates_are_no_birth_date() {
		assertThat(found("Op 12 maart 2025 hadden we overleg. Het plan is van 01-03-2025 en loopt tot 2025-12-31."))
			.isEmpty();
		assertThat(found("Overleg (12-03-2025) en evaluatie (1-4-2025).")).isEmpty();
	}

	@Test
	void a_birth_word_in_an_earlier_sentence_does_not_count() {
		assertThat(found("Het kind is net geboren. Op 12-03-2025 was het eerste huisbezoek.")).isEmpty();
	}

	@Test
	void impossible_dates_are_no_birth_date() {
		assertThat(found("geboren 32-01-1985, geboren 12-13-1985, geboren 12 maart 1785, geboren 12-03")).isEmpty();
	}

	private List<String> found(String text) {
		return detector.detect(text).stream().map(Finding::text).toList();
	}

}

package nl.meesterschap.learning.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The value formats of xAPI: timestamps, durations, language tags and UUIDs. */
class FormatsTests {

	@Test
	void timestamps_need_a_real_date_and_never_the_unknown_offset() {
		assertThat(Formats.timestamp("2008-09-15T15:53:00.601Z")).isPresent();
		assertThat(Formats.timestamp("2008-09-15T15:53:00+02:00")).contains(OffsetDateTime.parse("2008-09-15T15:53:00+02:00"));
		assertThat(Formats.timestamp("2008-09-15T15:53:00.601-0500")).isPresent();
		assertThat(Formats.timestamp("2008-09-15T15:53:00")).isPresent();
		assertThat(Formats.timestamp("2008-09-15T15:53:00.601-00:00")).isEmpty();
		assertThat(Formats.timestamp("2008-09-15T15:53:00.601-0000")).isEmpty();
		assertThat(Formats.timestamp("2008-09-15T15:53:00.601-00")).isEmpty();
		assertThat(Formats.timestamp("2008-02-30T15:53:00Z")).isEmpty();
		assertThat(Formats.timestamp("01/011/2015")).isEmpty();
	}

	@Test
	void durations_are_iso_8601() {
		assertThat(List.of("PT1H0M0.1S", "P3Y1M29DT4H35M59.14S", "PT16559.14S", "P3Y", "P4W")).allMatch(Formats::duration);
		assertThat(List.of("PA1H0M0S", "P4W1D", "P", "PT", "P1DT", "should fail")).noneMatch(Formats::duration);
	}

	@Test
	void durations_compare_to_the_hundredth_of_a_second() {
		assertThat(StatementComparison.hundredths("P1DT12H36M0.1237S")).isEqualTo("P1DT12H36M0.12S");
		assertThat(StatementComparison.hundredths("PT1S")).isEqualTo("PT1.00S");
		assertThat(StatementComparison.hundredths("P4W")).isEqualTo("P4W");
	}

	@Test
	void language_tags_follow_rfc_5646() {
		assertThat(List.of("en", "en-US", "zh-Hant", "zh-Hans-CN", "sr-Latn-RS", "es-419", "cmn", "ase", "de-CH-1996",
				"en-GB-oed", "x-private")).allMatch(LanguageTags::valid);
		assertThat(List.of("a12345", "a12345678", "en_US", "zh-z-aaa-z-bbb-c-ccc", "")).noneMatch(LanguageTags::valid);
	}

	@Test
	void the_best_language_follows_accept_language() {
		List<String> available = List.of("en-US", "en-GB", "nl-NL");
		assertThat(LanguageTags.best(available, "en-GB")).contains("en-GB");
		assertThat(LanguageTags.best(available, "nl;q=0.9, en-GB;q=0.5")).contains("nl-NL");
		assertThat(LanguageTags.best(available, "fr")).contains("en-US");
		assertThat(LanguageTags.best(available, null)).contains("en-US");
	}

	@Test
	void uuids_are_rfc_4122_variant_uuids() {
		assertThat(Formats.uuid("ec531277-b57b-4c15-8d91-d292c5b2b8f7")).isTrue();
		assertThat(Formats.uuid("AA97B177-9383-4934-8543-0F91A7A02836")).isTrue();
		assertThat(Formats.uuid("AA97B177-9383-4934-8543-0F91A7A028368")).isFalse();
		assertThat(Formats.uuid("MA97B177-9383-4934-8543-0F91A7A02836")).isFalse();
	}

}

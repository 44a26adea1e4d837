package nl.meesterschap.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTypeTests {

	@Test
	void only_a_bsn_can_never_be_waived() {
		for (FindingType type : FindingType.values()) {
			assertThat(type.waivable()).as(type.name()).isEqualTo(type != FindingType.BSN);
		}
	}

	@Test
	void placeholders_are_dutch_and_bracketed() {
		assertThat(FindingType.BSN.placeholder()).isEqualTo("[BSN]");
		assertThat(FindingType.IBAN.placeholder()).isEqualTo("[IBAN]");
		assertThat(FindingType.PHONE.placeholder()).isEqualTo("[telefoonnummer]");
		assertThat(FindingType.EMAIL.placeholder()).isEqualTo("[e-mailadres]");
		assertThat(FindingType.ADDRESS.placeholder()).isEqualTo("[adres]");
		assertThat(FindingType.POSTCODE.placeholder()).isEqualTo("[postcode]");
		assertThat(FindingType.DATE_OF_BIRTH.placeholder()).isEqualTo("[geboortedatum]");
		assertThat(FindingType.PERSON_NAME.placeholder()).isEqualTo("[naam]");
	}

}

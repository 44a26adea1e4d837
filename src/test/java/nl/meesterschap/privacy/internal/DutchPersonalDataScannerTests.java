package nl.meesterschap.privacy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DutchPersonalDataScannerTests {

	private final DutchPersonalDataScanner scanner = new DutchPersonalDataScanner();

	@Test
	void a_case_text_without_personal_data_gives_no_findings() {
		String text = """
				Op 12 maart 2025 hadden we overleg met school, huisarts en het wijkteam. Moeder gaf aan dat zij de \
				huur van € 1.250,00 al drie maanden niet kon betalen. Volgens artikel 2.3.5 Wmo 2015 moet de \
				gemeente binnen acht weken beslissen; de Jeugdwet 2015 en de Participatiewet gelden ook.

				In week 12 volgt de evaluatie om 14:30. Welzijn Lindewaarde, Veilig Thuis, de Raad voor de \
				Kinderbescherming, Jeugdhulp De Linde, het UWV en de GGD zijn betrokken. Cliënt A vertelde dat hij \
				zich schaamde; moeder B zat in groep 7 van stap 3. Het dossier 2024-0012345 en zaak 123456789 zijn \
				afgesloten. Daarna ging het beter. Gelukkig was er hulp van [naam] en de buren.
				""";
		assertThat(scanner.scan(text)).isEmpty();
	}

	@Test
	void a_case_text_with_personal_data_gives_each_item_once_in_text_order() {
		String text = """
				Mevrouw Fatima el Idrissi (geboren op 12-03-1985) woont op Kerkstraat 12a, 1234 AB Lindewaarde. \
				Haar BSN is 123.456.782 en ze is bereikbaar op 06-12345678 of fatima@example.nl. De toeslag \
				gaat naar NL91 ABNA 0417 1643 00. Haar zoon Daan logeert bij opa in 9876 ZX.
				""";
		assertThat(scanner.scan(text)).extracting(Finding::type, Finding::text)
			.containsExactly(tuple(FindingType.PERSON_NAME, "Fatima el Idrissi"),
					tuple(FindingType.DATE_OF_BIRTH, "12-03-1985"),
					tuple(FindingType.ADDRESS, "Kerkstraat 12a, 1234 AB Lindewaarde"),
					tuple(FindingType.BSN, "123.456.782"), tuple(FindingType.PHONE, "06-12345678"),
					tuple(FindingType.EMAIL, "fatima@example.nl"), tuple(FindingType.IBAN, "NL91 ABNA 0417 1643 00"),
					tuple(FindingType.PERSON_NAME, "Daan"), tuple(FindingType.POSTCODE, "9876 ZX"));
	}

	@Test
	void every_finding_matches_the_text_at_its_offsets() {
		String text = "Dhr. Jansen (geb. 1-2-1970), Dorpsweg 12-II, tel. +31 6 12345678, BSN 111222333, "
				+ "e-mail j.jansen@example.nl, rekening nl20 ingb 0001 2345 67, mevr. van der Berg.";
		List<Finding> findings = scanner.scan(text);
		assertThat(findings).hasSize(8);
		assertThat(findings).allSatisfy(
				finding -> assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text()));
	}

	@Test
	void findings_are_sorted_and_never_overlap() {
		String text = "Kerkstraat 12a, 1234 AB Lindewaarde en NL91ABNA0417164300 en Jan van Galenstraat 3.";
		List<Finding> findings = scanner.scan(text);
		assertThat(findings).extracting(Finding::text)
			.containsExactly("Kerkstraat 12a, 1234 AB Lindewaarde", "NL91ABNA0417164300", "Jan van Galenstraat 3");
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
	}

	@Test
	void the_longer_finding_wins_an_overlap() {
		// The IBAN's digits "0417 1643 00" also read as a phone number; the whole IBAN is kept.
		String iban = "Rekening NL91 ABNA 0417 1643 00.";
		assertThat(new PhoneDetector().detect(iban)).extracting(Finding::text).containsExactly("0417 1643 00");
		assertThat(scanner.scan(iban)).extracting(Finding::type).containsExactly(FindingType.IBAN);
		// After +31, the nine digits 612345671 pass the 11-proef; the phone number around them is kept.
		String phone = "Bel +31 612345671.";
		assertThat(new BsnDetector().detect(phone)).extracting(Finding::text).containsExactly("612345671");
		assertThat(scanner.scan(phone)).extracting(Finding::type, Finding::text)
			.containsExactly(tuple(FindingType.PHONE, "+31 612345671"));
	}

	@Test
	void placeholders_already_in_the_text_are_never_findings() {
		assertThat(scanner.scan("[naam] woont op [adres] met BSN [BSN], tel. [telefoonnummer]; cliënt A en kind B."))
			.isEmpty();
	}

	@Test
	void an_empty_text_gives_no_findings() {
		assertThat(scanner.scan("")).isEmpty();
	}

	@Test
	void the_scanner_can_be_shared_between_threads() throws InterruptedException {
		String text = "Mevrouw Jansen, BSN 123456782, tel. 06-12345678.";
		List<Finding> expected = scanner.scan(text);
		List<List<Finding>> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 200; i++) {
					results.add(scanner.scan(text));
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(results).hasSize(800).allSatisfy(result -> assertThat(result).isEqualTo(expected));
	}

}

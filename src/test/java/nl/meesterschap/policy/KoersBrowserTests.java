package nl.meesterschap.policy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.internal.KoersEditing;

/** The koers in a real browser: reading it, its versions and changes, and (as ilse) making a new version. */
@BrowserTest
class KoersBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	KoersEditing editing;

	@Autowired
	Koersen koersen;

	@Autowired
	People people;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
		if (editing.draft(ilse(), "lindewaarde").isPresent()) {
			editing.discardDraft(ilse(), "lindewaarde");
		}
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
		takeOutTheNewPrinciple();
	}

	@Test
	void a_professional_reads_the_koers_a_principle_the_versions_and_what_changed() {
		Page page = browser.loggedIn("anouk");
		assertThat(page.locator("#panel-koers")).hasText("De koers");
		browser.check(page, "koers-00-mijn-overzicht");
		page.navigate(browser.url("/koers"));
		assertThat(page).hasURL(browser.url("/koers/lindewaarde"));
		assertThat(page.locator("h1")).hasText("Samen dichtbij");
		assertThat(page.locator("main strong").first()).hasText("dichtbij");
		browser.check(page, "koers-01-koers");

		page.click("main a:has-text('Zo licht als mogelijk, zo zwaar als nodig')");
		assertThat(page.locator("h1")).hasText("Zo licht als mogelijk, zo zwaar als nodig");
		assertThat(page.locator("main")).containsText("Wat vraagt dit van jou in de praktijk");
		browser.check(page, "koers-02-principe");

		page.click("text=Bekijk alle versies");
		assertThat(page.locator("main")).containsText("Eerste versie van de koers.");
		browser.check(page, "koers-03-versies");

		page.click("text=Lees versie 1");
		assertThat(page.locator("main")).containsText("Dit is een eerdere versie");
		browser.check(page, "koers-04-eerdere-versie");

		page.navigate(browser.url("/koers/lindewaarde/vergelijk?van=1&naar=2"));
		assertThat(page.locator("h2").first()).hasText("Van versie 1 naar versie 2");
		assertThat(page.locator("#nieuw-P11")).containsText("Uitgaan van vertrouwen");
		assertThat(page.locator("#anders-P1 + dl ins").first()).containsText("met steun waar dat nodig is");
		assertThat(page.locator("#anders-P1 + dl del").first()).isVisible();
		browser.check(page, "koers-05-vergelijken");
	}

	@Test
	void a_policy_advisor_adds_a_principle_and_publishes_a_new_version() {
		Page page = browser.loggedIn("ilse");
		page.navigate(browser.url("/koers/lindewaarde"));
		assertThat(page.locator("#koers-editor")).isVisible();
		browser.check(page, "koers-10-koers-voor-beleidsadviseur");

		page.click("text=Nieuwe versie maken");
		assertThat(page.locator("h1")).containsText("Concept voor versie");
		browser.check(page, "koers-11-concept");

		page.click("text=Principe toevoegen");
		page.fill("#code", "P1");
		page.fill("#title", "Samen leren in de wijk");
		page.click("text=Principe opslaan");
		assertThat(page.locator("#code-error")).containsText("Er is al een principe met code P1");
		assertThat(page.locator("#title")).hasValue("Samen leren in de wijk");
		browser.check(page, "koers-12-principe-met-fout");

		page.fill("#code", "P12");
		page.fill("#explanation", "Professionals leren het meest van elkaar, dichtbij het werk.");
		page.fill("#inPractice", "Bespreek elke maand een situatie uit je wijk met collega’s van andere organisaties.");
		page.fill("#examples", "Je nodigt de wijkagent uit bij de intervisie.\nJe deelt een praktijkverhaal met het netwerk.");
		page.click("text=Principe opslaan");
		assertThat(page.locator("main")).containsText("Het principe is toegevoegd.");
		assertThat(page.locator("#principe-P12")).containsText("Samen leren in de wijk");
		browser.check(page, "koers-13-concept-met-nieuw-principe");

		page.fill("#changeNote", "Nieuw is P12: samen leren in de wijk. Dat vroegen de teams in hun signalen.");
		page.click("main button:has-text('publiceren')");
		assertThat(page).hasURL(browser.url("/koers/lindewaarde"));
		assertThat(page.locator("main")).containsText("De nieuwe versie is gepubliceerd.");
		assertThat(page.locator("#principe-P12")).containsText("Samen leren in de wijk");
		browser.check(page, "koers-14-gepubliceerd");

		page.click("text=Bekijk precies wat er veranderde");
		assertThat(page.locator("#nieuw-P12")).containsText("Samen leren in de wijk");
		browser.check(page, "koers-15-vergelijken-na-publiceren");
	}

	/** Publishes the demo content back, so other tests read the koers as the demo has it. */
	private void takeOutTheNewPrinciple() {
		UUID lindewaarde = people.organisationBySlug("lindewaarde").orElseThrow().id();
		KoersVersion current = koersen.current(lindewaarde).orElseThrow();
		if (current.principle("P12").isEmpty()) {
			return;
		}
		editing.startDraft(ilse(), "lindewaarde", null, null);
		editing.removePrinciple(ilse(), "lindewaarde", "P12");
		editing.saveText(ilse(), "lindewaarde", current.vision(), "P12 weer weggehaald na de browsertest.");
		editing.publish(ilse(), "lindewaarde");
	}

	private UUID ilse() {
		return people.personByUsername("ilse").orElseThrow().id();
	}

}

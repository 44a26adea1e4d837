package nl.meesterschap.learning.portfolio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;

/**
 * The portfolio in a real browser, checked with axe-core on every page: choose a register, add a course (first with
 * mistakes, shown next to the fields), add a learning goal and rate yourself twice, then see hours, goal and chart.
 */
@BrowserTest
class PortfolioBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	@Test
	void a_professional_keeps_a_portfolio_that_passes_axe_on_every_page() {
		Page emre = browser.loggedIn("emre");
		emre.navigate(browser.url("/portfolio"));
		assertThat(emre.locator("h1")).hasText("Mijn portfolio");
		assertThat(emre.locator("nav a[aria-current=page]")).hasText("Portfolio");
		browser.check(emre, "90-portfolio");

		emre.click("main a:text-is('Register en periode kiezen')");
		emre.check("#register-REGISTERPLEIN");
		emre.fill("#periodStart", "");
		emre.click("main button:text-is('Opslaan')");
		assertThat(emre.locator("#periodStart-error")).containsText("Vul de dag in");
		browser.check(emre, "91-portfolio-register-fout");
		emre.fill("#periodStart", "2024-02-01");
		emre.click("main button:text-is('Opslaan')");
		assertThat(emre.locator(".utrecht-alert--ok")).containsText("Je register en periode zijn opgeslagen");

		emre.click("main a:text-is('Activiteit toevoegen')");
		emre.fill("#title", "Training schuldhulp en bestaanszekerheid");
		emre.check("#category-TRAINING");
		emre.fill("#hours", "3,333");
		emre.fill("#date", "2025-10-07");
		emre.click("main button:text-is('Activiteit toevoegen')");
		assertThat(emre.locator("#hours-error")).containsText("hele minuten");
		assertThat(emre.locator("#accreditationId-error")).containsText("accreditatienummer");
		assertThat(emre.locator("#title")).hasValue("Training schuldhulp en bestaanszekerheid");
		browser.check(emre, "92-portfolio-activiteit-fout");
		emre.fill("#hours", "3,5");
		emre.fill("#accreditationId", "PE-778812");
		emre.fill("#provider", "Sociaal Werk Academie");
		emre.click("main button:text-is('Activiteit toevoegen')");
		assertThat(emre.locator("tr[data-category=TRAINING] .ms-portfolio-hours__value")).not().hasText("0");
		assertThat(emre.locator(".ms-portfolio-activities")).containsText("Training schuldhulp en bestaanszekerheid");

		emre.click("main a:text-is('Leerdoel toevoegen')");
		emre.selectOption("#competency", "WMO_10:3");
		emre.fill("#title", "Vaker zelf op mensen afstappen");
		browser.check(emre, "93-portfolio-leerdoel");
		emre.click("main button:text-is('Leerdoel opslaan')");
		assertThat(emre.locator(".ms-portfolio-goals")).containsText("Vaker zelf op mensen afstappen");

		for (String[] rating : new String[][] { { "2025-03-01", "2" }, { "2025-11-01", "3" } }) {
			emre.navigate(browser.url("/portfolio/zelfbeoordeling/nieuw"));
			emre.selectOption("#competency", "WMO_10:3");
			emre.check("#level-" + rating[1]);
			emre.fill("#date", rating[0]);
			emre.click("main button:text-is('Opslaan')");
			assertThat(emre.locator(".utrecht-alert--ok")).containsText("Je beoordeling is opgeslagen");
		}
		assertThat(emre.locator(".ms-portfolio-chart svg polyline")).hasCount(1);
		emre.locator("#groei").scrollIntoViewIfNeeded();
		browser.check(emre, "94-portfolio-groei");
	}

}

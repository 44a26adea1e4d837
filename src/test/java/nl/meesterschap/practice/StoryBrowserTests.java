package nl.meesterschap.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;

/** The core learning loop in a real browser: write, get stopped by the privacy guard, fix, publish, be read. */
@BrowserTest
class StoryBrowserTests {

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
	void personal_data_blocks_publishing_until_replaced_then_colleagues_read_it() {
		Page anouk = browser.loggedIn("anouk");
		anouk.navigate(browser.url("/verhalen/nieuw"));
		browser.check(anouk, "30-verhaal-nieuw");
		anouk.fill("#title", "Een huurachterstand die bijna een uitzetting werd");
		anouk.click("main button[type=submit]");
		assertThat(anouk.locator("h2").first()).containsText("Situatie");
		anouk.fill("textarea[name='steps[situation]']", "Mevrouw Fatima el Idrissi (BSN 123456782) belde me op "
				+ "06-12345678. Ze had drie maanden huurachterstand en een brief van de deurwaarder.");
		browser.check(anouk, "31-verhaal-stap-1");
		anouk.click("main button[value=volgende]");
		anouk.fill("textarea[name='steps[task]']", "Ik wilde voorkomen dat het gezin uit huis werd gezet.");
		anouk.click("main button[value=volgende]");
		anouk.fill("textarea[name='steps[action]']", "Ik belde met haar toestemming de corporatie en regelde uitstel.");
		anouk.click("main button[value=volgende]");
		anouk.fill("textarea[name='steps[result]']", "De deurwaarder stopte en er kwam een betalingsregeling.");
		anouk.click("main button[value=volgende]");
		anouk.fill("textarea[name='steps[reflection]']", "Snel schakelen met de corporatie werkt beter dan wachten.");
		anouk.click("main button[value=volgende]");
		assertThat(anouk.locator("#details-heading")).isVisible();
		anouk.check("input[value=WMO]");
		anouk.check("input[name=principleCodes][value=P2]");
		anouk.fill("#note-P2", "Eerst de lichtste stap: een belletje naar de corporatie.");
		anouk.locator("label", new Page.LocatorOptions().setHasText("Mijn organisatie")).click();
		browser.check(anouk, "32-verhaal-afronden");

		anouk.click("main button[value=publiceren]");
		assertThat(anouk.locator("#privacy")).containsText("Publiceren lukt nog niet");
		assertThat(anouk.locator("mark.ms-privacy-mark")).hasCount(3);
		browser.check(anouk, "33-verhaal-privacy-geweigerd");

		anouk.locator("button", new Page.LocatorOptions().setHasText("Vervang door [BSN]")).click();
		anouk.locator("button", new Page.LocatorOptions().setHasText("Vervang door [telefoonnummer]")).click();
		anouk.locator("button", new Page.LocatorOptions().setHasText("Vervang door cliënt A")).click();
		assertThat(anouk.locator("mark.ms-privacy-mark")).hasCount(0);
		assertThat(anouk.locator("textarea[name='steps[situation]']")).hasValue(
				"Mevrouw cliënt A (BSN [BSN]) belde me op [telefoonnummer]. Ze had drie maanden huurachterstand en een brief "
						+ "van de deurwaarder.");
		anouk.click("main button[value=publiceren]");
		assertThat(anouk.locator("h1")).hasText("Een huurachterstand die bijna een uitzetting werd");
		assertThat(anouk.locator(".utrecht-alert--ok")).containsText("gepubliceerd");
		browser.check(anouk, "34-verhaal-gepubliceerd");
		String storyUrl = anouk.url();

		Page fleur = browser.loggedIn("fleur");
		fleur.navigate(browser.url("/koers/lindewaarde/principes/P2"));
		assertThat(fleur.locator("main")).containsText("Een huurachterstand die bijna een uitzetting werd");
		browser.check(fleur, "35-principe-met-verhaal");
		fleur.locator("a", new Page.LocatorOptions().setHasText("Een huurachterstand die bijna een uitzetting werd")).click();
		assertThat(fleur.locator("main")).containsText("Eerst de lichtste stap");
		browser.check(fleur, "36-verhaal-lezen");

		Page mirjam = browser.loggedIn("mirjam");
		Response response = mirjam.navigate(storyUrl);
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		mirjam.navigate(browser.url("/koers/lindewaarde/principes/P2"));
		assertThat(mirjam.locator("main")).not().containsText("Een huurachterstand die bijna een uitzetting werd");
	}

	@Test
	void lists_of_stories_and_my_stories_are_readable() {
		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/verhalen"));
		assertThat(bram.locator("h1")).hasText("Praktijkverhalen");
		browser.check(bram, "37-verhalen");
		bram.selectOption("#domein", "WMO");
		bram.click("main form[role=search] button");
		assertThat(bram.locator("main")).containsText("verhalen");
		bram.navigate(browser.url("/verhalen/mijn"));
		browser.check(bram, "38-mijn-verhalen");
	}

}

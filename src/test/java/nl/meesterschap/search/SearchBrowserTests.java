package nl.meesterschap.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.internal.IndexNode;

/** Searching in a real browser: from the header, with a facet, into a story and on to similar stories. */
@BrowserTest
class SearchBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	IndexNode node;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	Koersen koersen;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
		new SearchTestCorpus(stories, people, koersen, node).indexed();
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	@Test
	void search_from_the_header_use_a_facet_open_a_result_and_see_similar_stories() {
		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/verhalen"));
		bram.locator("#header-q").pressSequentially("schuld", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
		assertThat(bram.locator("#header-suggestions a").first()).isVisible();
		browser.check(bram, "50-zoeken-suggesties");

		bram.locator("#header-q").fill("hulp bij schulden");
		bram.locator("#header-q").press("Enter");
		bram.waitForURL(url -> url.contains("/zoeken?q="));
		assertThat(bram.locator("h1")).hasText("Zoeken");
		assertThat(bram.locator("main [role=status]").first()).containsText("resultaten voor ‘hulp bij schulden’");
		assertThat(bram.locator("main mark").first()).isVisible();
		browser.check(bram, "51-zoeken-resultaten");

		bram.locator("#facet-type a", new Page.LocatorOptions().setHasText("Verhalen")).click();
		bram.waitForURL(url -> url.contains("soort=verhaal"));
		assertThat(bram.locator("#facet-type a[aria-label='Filter ‘Verhalen’ weghalen']")).isVisible();
		browser.check(bram, "52-zoeken-filter");

		String title = bram.locator("main ol h3 a").first().textContent();
		bram.locator("main ol h3 a").first().click();
		assertThat(bram.locator("h1")).hasText(title);
		assertThat(bram.locator("#similar-stories")).isVisible();
		assertThat(bram.locator("section[aria-labelledby=similar-stories] li").first()).isVisible();
		browser.check(bram, "53-verhaal-vergelijkbaar");
	}

	@Test
	void an_administrator_rebuilds_the_index_and_sees_it_finish() {
		Page lucas = browser.loggedIn("lucas");
		lucas.navigate(browser.url("/beheer/zoeken"));
		assertThat(lucas.locator("h1")).hasText("Zoekindex");
		browser.check(lucas, "54-zoekindex-beheer");
		lucas.locator("main button[type=submit]").click();
		assertThat(lucas.locator("#rebuild-progress")).isVisible();
		assertThat(lucas.locator("#rebuild-progress [role=status]")).containsText("Klaar",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		browser.check(lucas, "55-zoekindex-opgebouwd");
	}

}

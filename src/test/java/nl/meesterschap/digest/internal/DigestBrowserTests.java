package nl.meesterschap.digest.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.NotificationFixture;

/**
 * The digest pages in a real browser, each checked with axe-core (WCAG 2.1 AA): the newsletters a person reads, a
 * digest's archive, a sent edition's archive page as two readers of different teams (a TEAM story only for one), the
 * settings, and the editor's page with a preview and a refused preview.
 */
@BrowserTest
class DigestBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	NotificationFixture fixture;

	@Autowired
	DigestCatalogue catalogue;

	@Autowired
	Editing editing;

	@Autowired
	EditionSending sending;

	@Autowired
	ResponseService responses;

	@Autowired
	People people;

	@Autowired
	TestClock clock;

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
	void a_sent_edition_has_an_accessible_archive_page_that_shows_each_reader_their_own_copy() {
		Digest general = catalogue.general(people.organisationBySlug("lindewaarde").orElseThrow().id());
		Instant start = clock.instant();
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);
		UUID teamNorth = people.viewer(fixture.id("anouk")).teamIds().iterator().next();
		UUID teamStory = fixture.story(fixture.id("anouk"), "Alleen voor Noord " + tag, Audience.team(teamNorth));
		UUID shared = fixture.story(fixture.id("dewi"), "Voor iedereen " + tag,
				Audience.organisation(general.organisationId()));
		for (UUID story : List.of(teamStory, shared)) {
			responses.post(fixture.id("gert"), "story", story, null, ResponseKind.RECOGNITION, "Herkenbaar.",
					UUID.randomUUID(), Join.NEW);
		}
		Edition edition = editing.draft(general, Frequency.MONTHLY,
				new Period(start, clock.instant().plus(Duration.ofDays(1))), fixture.id("gert"));
		editing.intro(fixture.id("gert"), edition.id(), "Deze maand: wat collega’s herkenden.");

		Page gert = browser.loggedIn("gert");
		gert.navigate(browser.url("/nieuwsbrieven/beheer"));
		assertThat(gert.locator("h1")).hasText("Nieuwsbrieven beheren");
		browser.check(gert, "digest-editor-overview");
		gert.navigate(browser.url("/nieuwsbrieven/beheer/uitgaven/" + edition.id()));
		assertThat(gert.locator("main")).containsText("Alleen voor Noord " + tag);
		browser.check(gert, "digest-editor-edition");
		gert.fill("input[name=lezer]", "dewi");
		gert.locator("input[name=lezer]").press("Enter");
		assertThat(gert.locator("main")).containsText("Voorbeeld voor Dewi Pranoto");
		browser.check(gert, "digest-editor-preview");
		gert.fill("input[name=lezer]", "mirjam");
		gert.locator("input[name=lezer]").press("Enter");
		assertThat(gert.locator("main")).containsText("alleen een voorbeeld bekijken voor collega’s van je eigen organisatie");
		browser.check(gert, "digest-editor-preview-refused");

		sending.start(edition.id(), fixture.id("gert"), clock.instant());
		sending.send(edition.id(), clock.instant(), Duration.ofMinutes(5));
		String archive = "/nieuwsbrieven/" + general.id() + "/" + edition.id();

		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/nieuwsbrieven"));
		browser.check(bram, "digest-index");
		bram.navigate(browser.url("/nieuwsbrieven/" + general.id()));
		browser.check(bram, "digest-archive");
		bram.navigate(browser.url(archive));
		assertThat(bram.locator("h1")).hasText("Nieuwsbrief Gemeente Lindewaarde");
		assertThat(bram.locator("main")).containsText("Alleen voor Noord " + tag);
		assertThat(bram.locator("main")).containsText("Voor iedereen " + tag);
		browser.check(bram, "digest-edition-archive-page");
		bram.navigate(browser.url("/instellingen/nieuwsbrieven"));
		browser.check(bram, "digest-settings");

		Page dewi = browser.loggedIn("dewi");
		dewi.navigate(browser.url(archive));
		assertThat(dewi.locator("main")).containsText("Voor iedereen " + tag);
		assertThat(dewi.locator("main")).not().containsText("Alleen voor Noord " + tag);
		browser.check(dewi, "digest-edition-archive-page-other-team");
	}

}

package nl.meesterschap.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.KoersEditing;
import nl.meesterschap.policy.internal.PrincipleInput;
import nl.meesterschap.practice.internal.StoryService;

/**
 * The answer loop in a real browser: a professional raises a signal from a story, two colleagues recognise it, a
 * policy advisor publishes a new koers version and adopts the signal into it; everyone involved sees the answer,
 * the koers shows it and "Jullie zeiden, wij deden" lists it. Every page passes axe.
 */
@BrowserTest
class SignalBrowserTests {

	private static final String CHANGED = "P9";

	@LocalServerPort
	int port;

	@Autowired
	StoryService stories;

	@Autowired
	KoersEditing editing;

	@Autowired
	Koersen koersen;

	@Autowired
	People people;

	Browser browser;

	Principle before;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
		if (editing.draft(ilse(), "lindewaarde").isPresent()) {
			editing.discardDraft(ilse(), "lindewaarde");
		}
		before = current().principle(CHANGED).orElseThrow();
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
		putThePrincipleBack();
	}

	@Test
	void a_signal_from_a_story_is_recognised_adopted_into_a_new_koers_version_and_shown_everywhere() {
		UUID lindewaarde = people.organisationBySlug("lindewaarde").orElseThrow().id();
		UUID story = SignalFixture.story(stories, people, "bram", Audience.organisation(lindewaarde),
				"Een dochter die alles alleen deed");

		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/verhalen/" + story));
		bram.click("text=Signaal geven over dit verhaal");
		assertThat(bram.locator("#title")).hasValue("Een dochter die alles alleen deed");
		assertThat(bram.locator("#evidence-" + story)).isChecked();
		browser.check(bram, "70-signaal-geven-vanuit-verhaal");
		bram.fill("#title", "Mantelzorgers krijgen pas hulp als ze al zijn vastgelopen");
		bram.fill("#description", "Respijtzorg is er pas als de mantelzorger zelf al overbelast is. "
				+ "We willen eerder iets kunnen bieden, zonder lange aanvraag.");
		bram.click("main button[type=submit]:has-text('Signaal geven')");
		assertThat(bram.locator(".utrecht-form-field-error-message").first()).containsText("Kies wat voor signaal het is.");
		assertThat(bram.locator("#description")).hasValue("Respijtzorg is er pas als de mantelzorger zelf al overbelast is. "
				+ "We willen eerder iets kunnen bieden, zonder lange aanvraag.");
		browser.check(bram, "71-signaal-met-fout");
		bram.check("#kind-MISSING_OFFER");
		bram.check("#principle-" + CHANGED);
		bram.click("main button[type=submit]:has-text('Signaal geven')");
		assertThat(bram.locator("h1")).hasText("Mantelzorgers krijgen pas hulp als ze al zijn vastgelopen");
		assertThat(bram.locator(".utrecht-alert--ok")).containsText("Je signaal is gegeven");
		assertThat(bram.locator(".ms-signal__evidence")).containsText("Een dochter die alles alleen deed");
		String signalUrl = bram.url();
		browser.check(bram, "72-signaal-gegeven");

		for (String colleague : new String[] { "anouk", "dewi" }) {
			Page page = browser.loggedIn(colleague);
			page.navigate(signalUrl);
			page.click("#herkenning button:has-text('Ik herken dit')");
			assertThat(page.locator(".utrecht-alert--ok")).containsText("Je herkent dit signaal");
			if (colleague.equals("dewi")) {
				assertThat(page.locator("#herkenning")).containsText("Herkend door 2 collega’s uit 2 teams en 1 organisatie");
				browser.check(page, "73-signaal-herkend");
			}
		}

		Page ilse = browser.loggedIn("ilse");
		ilse.navigate(browser.url("/koers/lindewaarde"));
		ilse.click("text=Nieuwe versie maken");
		ilse.click("main a:has-text('" + before.title() + "')");
		ilse.fill("#explanation", before.explanation() + " Het wijkteam biedt respijtzorg al voordat iemand vastloopt.");
		ilse.click("text=Principe opslaan");
		ilse.fill("#changeNote", "P9 aangescherpt na een signaal uit Wijkteam Noord: respijtzorg komt eerder.");
		ilse.click("main button:has-text('publiceren')");
		assertThat(ilse.locator("main")).containsText("De nieuwe versie is gepubliceerd.");
		int version = current().version();

		ilse.navigate(signalUrl);
		assertThat(ilse.locator("#beantwoorden")).isVisible();
		ilse.check("#status-ADOPTED");
		ilse.fill("#response", "Overgenomen. In de nieuwe versie van de koers biedt het wijkteam respijtzorg "
				+ "al voordat een mantelzorger vastloopt.");
		ilse.selectOption("#koersVersion", String.valueOf(version));
		ilse.selectOption("#principle", CHANGED);
		browser.check(ilse, "74-beantwoorden");
		ilse.click("#beantwoorden button:has-text('Antwoord publiceren')");
		assertThat(ilse.locator(".ms-signal__badges")).containsText("Overgenomen");
		assertThat(ilse.locator("#antwoord")).containsText("versie " + version + ", " + CHANGED);
		browser.check(ilse, "75-signaal-overgenomen");

		for (String involved : new String[] { "bram", "anouk" }) {
			Page page = browser.loggedIn(involved);
			page.navigate(signalUrl);
			Locator answer = page.locator("#antwoord");
			assertThat(answer).containsText("Overgenomen. In de nieuwe versie van de koers biedt het wijkteam respijtzorg");
			assertThat(answer).containsText("Ilse van den Berg");
			if (involved.equals("bram")) {
				browser.check(page, "76-antwoord-voor-inbrenger");
			}
		}

		Page anouk = browser.loggedIn("anouk");
		anouk.navigate(browser.url("/koers/lindewaarde"));
		assertThat(anouk.locator(".ms-signal-version-panel")).containsText("Mantelzorgers krijgen pas hulp als ze al zijn vastgelopen");
		browser.check(anouk, "77-koers-veranderd-door-signalen");
		anouk.navigate(browser.url("/koers/lindewaarde/versies"));
		assertThat(anouk.locator(".ms-signal-version-panel").first()).containsText("Mantelzorgers krijgen pas hulp");
		browser.check(anouk, "78-koersversies-met-signalen");
		anouk.navigate(browser.url("/koers/lindewaarde/principes/" + CHANGED));
		assertThat(anouk.locator(".ms-signal-principle-panel")).containsText("Mantelzorgers krijgen pas hulp");
		browser.check(anouk, "79-principe-met-signalen");
		anouk.navigate(browser.url("/signalen/jullie-zeiden-wij-deden"));
		assertThat(anouk.locator("section:has(#yswd-adopted)")).containsText("Mantelzorgers krijgen pas hulp als ze al zijn vastgelopen");
		browser.check(anouk, "80-jullie-zeiden-wij-deden");
		anouk.navigate(browser.url("/signalen?sorteer=herkenning"));
		browser.check(anouk, "81-signalenbord");
		anouk.navigate(browser.url("/"));
		assertThat(anouk.locator("#panel-signals")).isVisible();
		browser.check(anouk, "82-mijn-overzicht-signalen");
	}

	@Test
	void an_anonymous_signal_and_personal_data_in_a_signal_in_the_browser() {
		Page fleur = browser.loggedIn("fleur");
		fleur.navigate(browser.url("/signalen/nieuw"));
		fleur.fill("#title", "Brieven die mensen bang maken");
		fleur.fill("#description", "Meneer Pietersen belde me in paniek over een brief.");
		fleur.check("#kind-RULE_PINCHES");
		fleur.check("#anonymous");
		fleur.click("main button[type=submit]:has-text('Signaal geven')");
		assertThat(fleur.locator("#privacy")).containsText("Pietersen");
		browser.check(fleur, "83-signaal-persoonsgegevens");
		fleur.click("text=Vervang alles door");
		assertThat(fleur.locator("#description")).hasValue("Meneer [naam] belde me in paniek over een brief.");
		fleur.click("main button[type=submit]:has-text('Signaal geven')");
		assertThat(fleur.locator(".ms-signal__meta")).containsText("zonder naam voor collega’s");
		String url = fleur.url();

		Page emre = browser.loggedIn("emre");
		emre.navigate(url);
		assertThat(emre.locator(".ms-signal__meta")).containsText("Zonder naam gegeven");
		assertThat(emre.locator("article.ms-signal")).not().containsText("Fleur");
		browser.check(emre, "84-signaal-zonder-naam");
	}

	private KoersVersion current() {
		return koersen.current(people.organisationBySlug("lindewaarde").orElseThrow().id()).orElseThrow();
	}

	/** Publishes the demo text of the principle back, so other tests read the koers as the demo has it. */
	private void putThePrincipleBack() {
		KoersVersion now = current();
		if (now.principle(CHANGED).equals(java.util.Optional.of(before))) {
			return;
		}
		if (editing.draft(ilse(), "lindewaarde").isPresent()) {
			editing.discardDraft(ilse(), "lindewaarde");
		}
		editing.startDraft(ilse(), "lindewaarde", null, null);
		editing.updatePrinciple(ilse(), "lindewaarde", CHANGED, new PrincipleInput(before.code(), before.title(),
				before.domain() == null ? null : before.domain().name(), before.explanation(), before.inPractice(),
				String.join("\n", before.examples())));
		editing.saveText(ilse(), "lindewaarde", now.vision(), CHANGED + " weer zoals in de demo, na de browsertest.");
		editing.publish(ilse(), "lindewaarde");
	}

	private UUID ilse() {
		return people.personByUsername("ilse").orElseThrow().id();
	}

}

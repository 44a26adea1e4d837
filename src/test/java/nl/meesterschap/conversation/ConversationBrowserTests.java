package nl.meesterschap.conversation;

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
import nl.meesterschap.practice.internal.StoryService;

/** Collegial feedback in a real browser: every kind of response, helpful, a dilemma round, moderation, injection. */
@BrowserTest
class ConversationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

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
	void a_colleague_responds_with_each_kind_and_the_author_marks_one_as_helpful() {
		UUID story = ConversationFixture.story(stories, people, "anouk", Audience.platform(), "Een gezin in de knel");
		Page bram = browser.loggedIn("bram");
		String[][] kinds = { { "QUESTION", "Hoe oud waren de kinderen ongeveer?" },
				{ "RECOGNITION", "Dit maakte ik vorig jaar ook mee." }, { "SUGGESTION", "Misschien helpt een netwerkberaad." },
				{ "KNOWLEDGE", "Zie de [richtlijn](https://richtlijnenjeugdhulp.nl)." }, { "APPRECIATION", "Mooi eerlijk opgeschreven." } };
		for (String[] kind : kinds) {
			bram.navigate(browser.url("/verhalen/" + story));
			Locator form = bram.locator("form.ms-respond").last();
			form.locator("input[value=" + kind[0] + "]").check();
			form.locator("textarea[name=body]").fill(kind[1]);
			form.locator("button[type=submit]").click();
			// wait for the answer page: either "geplaatst" or the offer to join the previous response
			bram.locator(".utrecht-alert--ok, button[value=nieuw]").first().waitFor();
			if (bram.locator("button[value=nieuw]").count() > 0) {
				browser.check(bram, "40-reactie-samenvoegen-aanbod");
				bram.click("button[value=nieuw]");
			}
			assertThat(bram.locator(".utrecht-alert--ok")).containsText("geplaatst");
		}
		assertThat(bram.locator(".ms-response")).hasCount(5);
		assertThat(bram.locator(".ms-response a[href='https://richtlijnenjeugdhulp.nl']")).hasCount(1);
		browser.check(bram, "41-reacties");

		Page anouk = browser.loggedIn("anouk");
		anouk.navigate(browser.url("/verhalen/" + story));
		anouk.locator(".ms-response", new Page.LocatorOptions().setHasText("netwerkberaad"))
			.locator("button", new Locator.LocatorOptions().setHasText("Heeft mij geholpen"))
			.click();
		assertThat(anouk.locator(".ms-response").first()).containsText("netwerkberaad");
		assertThat(anouk.locator(".ms-response").first()).containsText("Heeft geholpen");
		browser.check(anouk, "42-reactie-heeft-geholpen");
	}

	@Test
	void a_dilemma_round_hides_answers_until_each_colleague_answered_then_shows_the_spread() {
		UUID story = ConversationFixture.story(stories, people, "gert", Audience.platform(), "Wel of niet opschalen");
		Page gert = browser.loggedIn("gert");
		gert.navigate(browser.url("/verhalen/" + story));
		gert.locator("details.ms-dilemma-open summary").click();
		gert.fill("#dilemma-question", "Schaal ik op naar specialistische hulp, of houd ik het klein?");
		gert.fill("#dilemma-option-0", "Opschalen");
		gert.fill("#dilemma-option-1", "Klein houden");
		gert.selectOption("#dilemma-owner-choice", "1");
		gert.fill("#dilemma-owner-reasoning", "Het gezin had vertrouwen nodig, geen nieuwe hulpverleners.");
		gert.selectOption("#dilemma-hide", "choice");
		gert.click("text=Open de ronde");
		assertThat(gert.locator("#dilemma")).containsText("Wat zou jij doen?");

		String[][] colleagues = { { "anouk", "0" }, { "bram", "1" }, { "chantal", "1" } };
		for (int i = 0; i < colleagues.length; i++) {
			Page colleague = browser.loggedIn(colleagues[i][0]);
			colleague.navigate(browser.url("/verhalen/" + story));
			assertThat(colleague.locator("#dilemma")).not().containsText("De schrijver koos");
			assertThat(colleague.locator("main")).not().containsText("Ik koos voor klein houden");
			assertThat(colleague.locator(".ms-answers li")).hasCount(0);
			if (i == 0) {
				browser.check(colleague, "43-dilemma-voor-antwoord");
			}
			colleague.check("#keuze-" + colleagues[i][1]);
			colleague.fill("#dilemma-reasoning", "Mijn afweging nummer " + (i + 1) + ".");
			colleague.click("text=Geef mijn keuze");
			assertThat(colleague.locator("#dilemma")).containsText("De schrijver koos: Klein houden");
			assertThat(colleague.locator(".ms-answers li")).hasCount(i + 1);
			if (i == 2) {
				assertThat(colleague.locator(".ms-spread")).containsText("1 (33%)");
				assertThat(colleague.locator(".ms-spread")).containsText("2 (67%)");
				assertThat(colleague.locator("main")).containsText("Ik koos voor klein houden");
				browser.check(colleague, "44-dilemma-spreiding");
			}
		}
	}

	@Test
	void a_moderator_hides_a_flagged_response_and_the_author_sees_why() {
		UUID story = ConversationFixture.story(stories, people, "anouk", Audience.platform(), "Een gemelde reactie");
		Page emre = browser.loggedIn("emre");
		emre.navigate(browser.url("/verhalen/" + story));
		Locator form = emre.locator("form.ms-respond").last();
		form.locator("input[value=SUGGESTION]").check();
		form.locator("textarea[name=body]").fill("Ik vind dit echt een domme aanpak.");
		form.locator("button[type=submit]").click();

		Page fleur = browser.loggedIn("fleur");
		fleur.navigate(browser.url("/verhalen/" + story));
		fleur.locator(".ms-response").locator("text=Melden").click();
		browser.check(fleur, "45-melden");
		fleur.check("#reason-DISRESPECTFUL");
		fleur.fill("#note", "Dit is niet respectvol.");
		fleur.click("main button[type=submit]");
		assertThat(fleur.locator(".utrecht-alert--ok")).containsText("Bedankt");

		Page jeroen = browser.loggedIn("jeroen");
		jeroen.navigate(browser.url("/moderatie"));
		Locator item = jeroen.locator(".ms-moderation-item", new Page.LocatorOptions().setHasText("domme aanpak"));
		assertThat(item).containsText("Niet respectvol");
		browser.check(jeroen, "46-moderatie");
		item.locator("input[name=reden]").fill("Kritiek mag, maar houd het respectvol.");
		item.locator("button[value=verbergen]").click();
		assertThat(jeroen.locator(".utrecht-alert--ok")).containsText("Verborgen");

		emre.navigate(browser.url("/verhalen/" + story));
		assertThat(emre.locator(".ms-response")).containsText("Reden: Kritiek mag, maar houd het respectvol.");
		browser.check(emre, "47-verborgen-reactie-auteur");
		fleur.navigate(browser.url("/verhalen/" + story));
		assertThat(fleur.locator(".ms-response")).containsText("verborgen door een moderator");
		assertThat(fleur.locator(".ms-response")).not().containsText("domme aanpak");
	}

	@Test
	void a_script_injection_attempt_is_shown_as_text_and_never_runs() {
		UUID story = ConversationFixture.story(stories, people, "anouk", Audience.platform(), "Injectie");
		Page dewi = browser.loggedIn("dewi");
		dewi.navigate(browser.url("/verhalen/" + story));
		boolean[] dialog = { false };
		dewi.onDialog(d -> {
			dialog[0] = true;
			d.dismiss();
		});
		Locator form = dewi.locator("form.ms-respond").last();
		form.locator("input[value=QUESTION]").check();
		form.locator("textarea[name=body]").fill("<script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(2)>");
		form.locator("button[type=submit]").click();
		assertThat(dewi.locator(".ms-response")).containsText("<script>alert('x')</script>");
		assertThat(dewi.locator(".ms-response script")).hasCount(0);
		assertThat(dewi.locator(".ms-response img")).hasCount(0);
		assertThat(dewi.locator(".ms-response a[href^='javascript']")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(dialog[0]).isFalse();
		browser.check(dewi, "48-injectie-als-tekst");
	}

}

package nl.meesterschap.circles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;

/**
 * A learning circle in a real browser: start it, invite and accept the confidentiality agreement, plan a session with
 * the incident method, bring a story as the case, run every step on the shared screen with notes, agree an action,
 * record attendance and close; the next session brings the action back. A non-member sees none of it.
 */
@BrowserTest
class CircleBrowserTests {

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
	void a_circle_runs_an_incident_session_from_planning_to_follow_up_and_outsiders_see_nothing() {
		Page gert = browser.loggedIn("gert");
		gert.navigate(browser.url("/leerkringen"));
		assertThat(gert.locator("h1")).hasText("Leerkringen");
		browser.check(gert, "60-leerkringen");

		gert.click("main a:text-is('Leerkring starten')");
		browser.check(gert, "61-leerkring-nieuw");
		gert.fill("#name", "Intervisie casuïstiek Noord");
		gert.fill("#description", "Elke maand een casus met de incidentmethode.");
		gert.click("main button[type=submit]");
		assertThat(gert.locator("h1")).hasText("Intervisie casuïstiek Noord");
		String circleUrl = gert.url();
		for (String colleague : new String[] { "Anouk de Vries", "Bram Jansen", "Olaf Peters" }) {
			gert.selectOption("#personId", new com.microsoft.playwright.options.SelectOption().setLabel(
					colleague + " (" + (colleague.startsWith("Olaf") ? "Welzijn Lindewaarde" : "Gemeente Lindewaarde") + ")"));
			gert.click("main button:text-is('Uitnodigen')");
			assertThat(gert.locator(".utrecht-alert--ok")).containsText("uitnodiging is verstuurd");
		}
		browser.check(gert, "62-leerkring-leden");

		Page anouk = browser.loggedIn("anouk");
		anouk.navigate(circleUrl);
		assertThat(anouk.locator("h1")).containsText("Uitnodiging voor Intervisie casuïstiek Noord");
		anouk.click("main button:text-is('Uitnodiging aannemen')");
		assertThat(anouk.locator("#agreed-error")).containsText("vertrouwelijkheid");
		browser.check(anouk, "63-uitnodiging-afspraken");
		anouk.check("#agreed");
		anouk.click("main button:text-is('Uitnodiging aannemen')");
		assertThat(anouk.locator("h1")).hasText("Intervisie casuïstiek Noord");
		for (String username : new String[] { "bram", "olaf" }) {
			Page member = browser.loggedIn(username);
			member.navigate(circleUrl + "/uitnodiging");
			member.check("#agreed");
			member.click("main button:text-is('Uitnodiging aannemen')");
			assertThat(member.locator("h1")).hasText("Intervisie casuïstiek Noord");
			member.context().close();
		}

		// plan the session (earlier today, so it can be closed afterwards)
		gert.navigate(circleUrl);
		gert.click("main a:text-is('Sessie plannen')");
		ZonedDateTime start = held();
		gert.fill("#date", start.toLocalDate().toString());
		gert.fill("#startTime", "09:30");
		gert.fill("#endTime", "11:00");
		gert.fill("#place", "");
		gert.click("main button[type=submit]");
		assertThat(gert.locator("#place-error")).containsText("Vul een plek in");
		browser.check(gert, "64-sessie-plannen-fout");
		gert.fill("#place", "Wijkcentrum De Schakel, zaal 2");
		gert.click("main button[type=submit]");
		assertThat(gert.locator(".utrecht-alert--ok")).containsText("De sessie is gepland");
		String sessionUrl = gert.url();
		gert.selectOption("#caseBringerId", new com.microsoft.playwright.options.SelectOption().setLabel("Anouk de Vries"));
		gert.selectOption("#noteTakerId", new com.microsoft.playwright.options.SelectOption().setLabel("Bram Jansen"));
		gert.selectOption("#timeKeeperId", new com.microsoft.playwright.options.SelectOption().setLabel("Olaf Peters"));
		gert.click("main button:text-is('Rollen opslaan')");
		assertThat(gert.locator("#rollen")).containsText("Anouk de Vries");

		// the case bringer attaches one of her stories and a short case
		anouk.navigate(sessionUrl);
		anouk.check("#answer-YES");
		anouk.click("main button:text-is('Antwoord opslaan')");
		assertThat(anouk.locator("#aanwezig")).containsText("Anouk de Vries: Ja, ik ben erbij");
		anouk.selectOption("#storyId", new com.microsoft.playwright.options.SelectOption().setIndex(1));
		anouk.fill("#caseTitle", "Een gezin dat de post niet meer opent");
		anouk.fill("#caseText", "Een moeder met drie kinderen opent al maanden de post niet. Ik moest kiezen tussen "
				+ "meteen een schuldhulptraject starten of eerst rust brengen.");
		anouk.click("main button:text-is('Casus bewaren')");
		assertThat(anouk.locator(".utrecht-alert--ok")).containsText("De kring kan hem nu lezen");
		browser.check(anouk, "65-sessie-casus");

		// facilitation mode: every step with a note
		gert.navigate(sessionUrl);
		assertThat(gert.locator("#casus")).containsText("Een gezin dat de post niet meer opent");
		assertThat(gert.locator("#casus a")).isVisible();
		browser.check(gert, "66-sessie-voorbereiden");
		gert.click("main a:has-text('Begeleiden')");
		browser.check(gert, "67-begeleiden-start");
		gert.click("main button:text-is('Start de methode')");
		for (int step = 1; step <= 10; step++) {
			assertThat(gert.locator(".ms-stage__count")).hasText("Stap " + step + " van 10");
			assertThat(gert.locator(".ms-timer__value")).isVisible();
			gert.fill("#note", "Aantekening bij stap " + step + ".");
			if (step == 4) {
				browser.check(gert, "68-begeleiden-stap-4");
			}
			if (step == 10) {
				gert.fill("#actionDescription", "Een gesprekskaart over rust brengen maken voor het wijkteam");
				gert.selectOption("#actionOwnerId", new com.microsoft.playwright.options.SelectOption().setLabel("Anouk de Vries"));
				gert.fill("#actionDueDate", LocalDate.now(CircleTestSupport.ZONE).plusDays(14).toString());
				browser.check(gert, "69-begeleiden-laatste-stap");
			}
			gert.click("button[value=volgende]");
		}
		assertThat(gert.locator("#stage-step")).hasText("Alle stappen zijn gedaan");
		assertThat(gert.locator(".ms-step-plan")).containsText("gestart");
		browser.check(gert, "70-begeleiden-klaar");

		// close: an insight, attendance, closing
		gert.click("main a:has-text('Afronden')");
		gert.click("main button:text-is('Sessie afsluiten')");
		assertThat(gert.locator("#afsluiten .utrecht-alert--error")).containsText("Leg eerst vast wie er waren");
		gert.fill("#insight", "Rust brengen gaat vóór het oplossen van de schulden.");
		gert.click("main button:text-is('Inzicht toevoegen')");
		gert.fill("#minutes-2", "75");
		gert.click("main button:text-is('Aanwezigheid opslaan')");
		assertThat(gert.locator(".utrecht-alert--ok")).containsText("aanwezigheid is opgeslagen");
		browser.check(gert, "71-afronden");
		gert.click("main button:text-is('Sessie afsluiten')");
		assertThat(gert.locator(".utrecht-alert--ok")).containsText("De sessie is afgesloten");
		assertThat(gert.locator("main")).containsText("Aantekening bij stap 7.");
		browser.check(gert, "72-sessie-verslag");

		// the next session brings the open action back
		gert.navigate(circleUrl);
		assertThat(gert.locator("main")).containsText("Een gesprekskaart over rust brengen");
		gert.click("main a:text-is('Sessie plannen')");
		gert.fill("#date", LocalDate.now(CircleTestSupport.ZONE).plusDays(28).toString());
		gert.fill("#place", "Wijkcentrum De Schakel, zaal 2");
		gert.click("main button[type=submit]");
		assertThat(gert.locator("#terugblik")).containsText("Een gesprekskaart over rust brengen maken voor het wijkteam");
		browser.check(gert, "73-volgende-sessie-terugblik");
		gert.click("main a:has-text('Begeleiden')");
		assertThat(gert.locator("#terugblik")).containsText("Een gesprekskaart over rust brengen");
		gert.locator("#terugblik label:has-text('Schuift door')").click();
		gert.click("#terugblik button");
		assertThat(gert.locator("#terugblik .ms-tag")).hasText("Schuift door");
		String nextSessionUrl = gert.url().replace("/begeleiden", "");

		// outsiders: a colleague of the same organisation and network, and someone of another organisation
		for (String outsider : new String[] { "chantal", "mirjam" }) {
			Page page = browser.loggedIn(outsider);
			for (String url : new String[] { circleUrl, sessionUrl, sessionUrl + "/begeleiden", sessionUrl + "/afronden",
					nextSessionUrl, sessionUrl.replace("/sessies/", "/api/v1/sessions/") + ".ics" }) {
				Response response = page.navigate(url);
				org.assertj.core.api.Assertions.assertThat(response.status()).as(outsider + " " + url).isEqualTo(404);
			}
			page.navigate(browser.url("/leerkringen"));
			assertThat(page.locator("main")).not().containsText("Intervisie casuïstiek Noord");
			page.context().close();
		}
	}

	@Test
	void the_demo_moral_case_deliberation_methods_and_home_are_readable() {
		Page dewi = browser.loggedIn("dewi");
		dewi.navigate(browser.url("/"));
		assertThat(dewi.locator("#panel-circles")).isVisible();
		browser.check(dewi, "74-overzicht-leerkringen");
		dewi.navigate(browser.url("/leerkringen"));
		dewi.click("main a:text-is('Moreel beraad Lindewaarde')");
		browser.check(dewi, "75-moreel-beraad");
		dewi.click("table a");
		assertThat(dewi.locator("main")).containsText("Moet ik zijn keuze respecteren");
		browser.check(dewi, "76-moreel-beraad-verslag");
		dewi.navigate(browser.url("/leerkringen/methoden"));
		browser.check(dewi, "77-methoden");
		dewi.click("main a:text-is('Dilemmamethode (moreel beraad)')");
		browser.check(dewi, "78-methode-dilemma");

		Page hanneke = browser.loggedIn("hanneke");
		hanneke.navigate(browser.url("/leerkringen/methoden/nieuw"));
		browser.check(hanneke, "79-methode-toevoegen");
		hanneke.navigate(browser.url("/leerkringen"));
		Locator invitation = hanneke.locator(".ms-invitations a");
		assertThat(invitation).hasText("Moreel beraad Lindewaarde");

		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/leerkringen"));
		bram.click(".ms-shared-item a");
		assertThat(bram.locator("main")).containsText("Wat we leerden");
		browser.check(bram, "80-gedeelde-samenvatting");
	}

	/** A session time today that has already passed (yesterday when it is still early). */
	private static ZonedDateTime held() {
		ZonedDateTime now = ZonedDateTime.now(CircleTestSupport.ZONE);
		LocalDate day = now.toLocalTime().isAfter(LocalTime.of(11, 30)) ? now.toLocalDate() : now.toLocalDate().minusDays(1);
		return ZonedDateTime.of(day, LocalTime.of(9, 30), CircleTestSupport.ZONE);
	}

}

package nl.meesterschap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;

/** The foundation in a real browser: every page of the shell, identity and admin, checked with axe-core. */
@BrowserTest
class ShellBrowserTests {

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
	void a_visitor_sees_the_login_page_and_public_pages() {
		Page page = browser.newPage();
		page.navigate(browser.url("/"));
		assertThat(page).hasURL(browser.url("/inloggen"));
		assertThat(page.locator("h1")).hasText("Inloggen");
		browser.check(page, "01-inloggen");
		page.navigate(browser.url("/over"));
		browser.check(page, "02-over");
		page.navigate(browser.url("/toegankelijkheid"));
		browser.check(page, "03-toegankelijkheid");
		page.navigate(browser.url("/inloggen?lang=en"));
		assertThat(page.locator("h1")).hasText("Log in");
		browser.check(page, "04-login-english");
	}

	@Test
	void a_wrong_password_shows_a_clear_message() {
		Page page = browser.newPage();
		page.navigate(browser.url("/inloggen"));
		page.fill("#username", "olaf");
		page.fill("#password", "niet-goed");
		page.click("button[type=submit]");
		assertThat(page.locator("#login-error")).containsText("klopt niet");
		assertThat(page.locator("#username")).hasValue("olaf");
		browser.check(page, "05-inloggen-fout");
	}

	@Test
	void a_professional_sees_home_and_profile_and_makes_a_token() {
		Page page = browser.loggedIn("anouk");
		assertThat(page.locator("h1")).containsText("Welkom, Anouk de Vries");
		assertThat(page.locator("main")).containsText("Wijkteam Noord");
		assertThat(page.locator("main")).containsText("Netwerk Noord");
		browser.check(page, "10-mijn-overzicht");

		page.navigate(browser.url("/profiel"));
		page.fill("#token-name", "Mijn script");
		page.click("text=Token aanmaken");
		assertThat(page.locator("#new-token")).containsText("msp_");
		assertThat(page.locator("table")).containsText("Mijn script");
		browser.check(page, "11-profiel");

		page.navigate(browser.url("/bestaat-niet"));
		assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
		browser.check(page, "12-404");

		page.navigate(browser.url("/beheer/lindewaarde"));
		assertThat(page.locator("h1")).hasText("Geen toegang");
		browser.check(page, "13-403");
	}

	@Test
	void an_admin_adds_a_person_who_accepts_the_invitation_and_logs_in() {
		Page admin = browser.loggedIn("lucas");
		admin.navigate(browser.url("/beheer"));
		assertThat(admin.locator("h1")).hasText("Gemeente Lindewaarde");
		browser.check(admin, "20-beheer-mensen");

		admin.click("text=Persoon toevoegen");
		admin.click("main button[type=submit]");
		assertThat(admin.locator(".utrecht-form-field--invalid").first()).isVisible();
		browser.check(admin, "21-beheer-nieuw-fouten");

		admin.fill("#displayName", "Yara Bos");
		admin.fill("#email", "yara.bos@lindewaarde.example");
		admin.fill("#username", "yara");
		admin.check("text=Wijkteam Zuid");
		admin.click("main button[type=submit]");
		assertThat(admin.locator("#invitation-link")).containsText("/uitnodiging/inv_");
		browser.check(admin, "22-beheer-uitnodiging");
		String link = admin.locator("#invitation-link").textContent().strip();

		admin.navigate(browser.url("/beheer/lindewaarde/teams"));
		assertThat(admin.locator("main")).containsText("Yara Bos");
		browser.check(admin, "23-beheer-teams");
		admin.navigate(browser.url("/beheer/lindewaarde/netwerken"));
		browser.check(admin, "24-beheer-netwerken");
		admin.click("text=Netwerk Noord");
		assertThat(admin.locator("h1")).hasText("Netwerk Noord");
		browser.check(admin, "25-beheer-netwerk");

		Page yara = browser.newPage();
		yara.navigate(link.replaceFirst("^https?://[^/]+", browser.url("")));
		assertThat(yara.locator("main")).containsText("Hallo Yara Bos");
		yara.fill("#password", "kort");
		yara.fill("#passwordConfirmation", "kort");
		yara.click("main button[type=submit]");
		assertThat(yara.locator("#password-error")).containsText("te kort");
		browser.check(yara, "26-uitnodiging-fout");
		yara.fill("#password", "fietsen langs de rivier in mei");
		yara.fill("#passwordConfirmation", "fietsen langs de rivier in mei");
		yara.click("main button[type=submit]");
		assertThat(yara.locator("main")).containsText("Je wachtwoord is ingesteld");
		yara.fill("#username", "yara");
		yara.fill("#password", "fietsen langs de rivier in mei");
		yara.click("main button[type=submit]");
		assertThat(yara.locator("h1")).containsText("Welkom, Yara Bos");
	}

}

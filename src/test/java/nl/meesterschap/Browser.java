package nl.meesterschap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Drives the machine's Chromium with Playwright: log in, check every page with axe-core (WCAG 2.1 A/AA; serious
 * and critical violations fail), keep a screenshot of each page under target/screenshots, and fail on any
 * Content-Security-Policy violation or JavaScript error in the page.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("meesterschap.test.chromium", "/usr/bin/chromium"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String base;

	private final String axe;

	private final List<String> pageErrors = new ArrayList<>();

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync")));
		this.axe = resource("/axe/axe.min.js");
	}

	/** A fresh browser window (own cookies) in Dutch. */
	public Page newPage() {
		BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setLocale("nl-NL")
			.setViewportSize(1280, 900));
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				pageErrors.add(message.text());
			}
		});
		page.onPageError(error -> pageErrors.add(error));
		return page;
	}

	public Page loggedIn(String username) {
		Page page = newPage();
		page.navigate(base + "/inloggen");
		page.fill("#username", username);
		page.fill("#password", DemoUsers.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/inloggen"));
		return page;
	}

	public String url(String path) {
		return base + path;
	}

	/** Runs axe-core on the page, saves a screenshot named {@code name}, and fails on serious problems. */
	@SuppressWarnings("unchecked")
	public void check(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		page.evaluate(axe);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: { type: 'tag',
				  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
				  .filter(v => v.impact === 'serious' || v.impact === 'critical')
				  .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))""");
		assertThat(violations).as("axe-core on %s (%s)", name, page.url()).isEmpty();
		List<String> csp = pageErrors.stream().filter(e -> e.contains("Content Security Policy") || e.contains("Refused"))
			.toList();
		assertThat(csp).as("Content-Security-Policy violations on %s", name).isEmpty();
	}

	public List<String> pageErrors() {
		return pageErrors;
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

	private static String resource(String name) {
		try (InputStream in = Browser.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Skips browser tests, with a clear message, on a machine without Chromium. */
	public static class ChromiumAvailable implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return Files.isExecutable(CHROMIUM) ? ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM)
					: ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + CHROMIUM
							+ ". Install it with 'apt-get install -y chromium' (CI does).");
		}

	}

}

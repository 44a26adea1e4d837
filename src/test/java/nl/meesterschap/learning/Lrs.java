package nl.meesterschap.learning;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;

/**
 * A caller of the LRS in tests: an LRS credential of a demo organisation, and requests that carry it with an xAPI
 * version header. Statements are built with unique agents, verbs and activities so tests never see each other's.
 */
public final class Lrs {

	public static final String LINDEWAARDE = "lindewaarde";

	public static final String DE_LINDE = "jeugdhulp-de-linde";

	private final String key;

	private final String secret;

	private final String version;

	private Lrs(String key, String secret, String version) {
		this.key = key;
		this.secret = secret;
		this.version = version;
	}

	/** A new 2.0.0 credential of the organisation, made by its demo administrator. */
	public static Lrs of(People people, LrsCredentials credentials, String organisationSlug) {
		return of(people, credentials, organisationSlug, XapiVersion.V2_0_0);
	}

	public static Lrs of(People people, LrsCredentials credentials, String organisationSlug, XapiVersion version) {
		UUID organisation = people.organisationBySlug(organisationSlug).orElseThrow().id();
		UUID admin = people.personByUsername(organisationSlug.equals(LINDEWAARDE) ? "lucas" : "sanne").orElseThrow().id();
		LrsCredentials.IssuedCredential issued = credentials.issue(organisation, admin, "tests", version);
		return new Lrs(issued.credential().key(), issued.secret(), version.header());
	}

	public String key() {
		return key;
	}

	public String authorization() {
		return basic(key, secret);
	}

	/** Basic credentials and the version header this credential speaks. */
	public RequestPostProcessor client() {
		return request -> {
			request.addHeader("Authorization", basic(key, secret));
			request.addHeader("X-Experience-API-Version", version);
			return request;
		};
	}

	public MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(client());
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A minimal valid statement: a unique agent attended a unique activity. */
	public static String statement(String mbox, String verb, String activity) {
		return """
				{"actor": {"objectType": "Agent", "name": "Test", "mbox": "mailto:%s"},
				 "verb": {"id": "%s", "display": {"nl-NL": "woonde bij", "en-US": "attended"}},
				 "object": {"objectType": "Activity", "id": "%s",
				   "definition": {"name": {"nl-NL": "Intervisie", "en-GB": "Peer review"}}}}""".formatted(mbox, verb, activity);
	}

	public static String withId(UUID id, String statement) {
		return "{\"id\": \"" + id + "\", " + statement.strip().substring(1);
	}

	public static String unique(String what) {
		return switch (what) {
			case "mbox" -> "t-" + UUID.randomUUID() + "@example.org";
			case "verb" -> "http://example.org/verbs/" + UUID.randomUUID();
			default -> "http://example.org/activities/" + UUID.randomUUID();
		};
	}

}

package nl.meesterschap.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.meesterschap.MeesterschapApplication;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;

/**
 * What the LRS benchmarks share: starting the application on H2 (a file under target/bench) or on PostgreSQL
 * ({@code LRS_BENCH_POSTGRES_URL}, whose public schema is emptied when asked), an LRS credential for a bench
 * organisation, generated statements, and percentiles.
 */
final class LrsBench {

	static final UUID ORGANISATION = UUID.fromString("0b0e0c4e-0000-4000-8000-00000000be4c");

	static final int AGENTS = 10_000;

	static final int VERBS = 20;

	static final int ACTIVITIES = 2_000;

	private LrsBench() {
	}

	/** A database to run against: its JDBC URL and user, and a label for the report. */
	record Database(String label, String url, String user, String password) {
	}

	static List<Database> databases(String name) {
		List<Database> databases = new ArrayList<>();
		databases.add(new Database("H2 (embedded file)",
				"jdbc:h2:file:" + Path.of("target/bench/lrs-" + name).toAbsolutePath() + "/h2;DB_CLOSE_ON_EXIT=FALSE", "sa", ""));
		String postgres = System.getenv("LRS_BENCH_POSTGRES_URL");
		if (postgres != null && !postgres.isBlank()) {
			databases.add(new Database("PostgreSQL", postgres,
					System.getenv().getOrDefault("LRS_BENCH_POSTGRES_USER", "postgres"),
					System.getenv().getOrDefault("LRS_BENCH_POSTGRES_PASSWORD", "")));
		}
		return databases;
	}

	/** Empties the database (PostgreSQL: its public schema; H2: the file is deleted by the caller). */
	static void wipe(Database database) throws Exception {
		if (database.url().startsWith("jdbc:postgresql")) {
			try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
				statement.execute("CREATE SCHEMA public");
			}
		}
	}

	static ConfigurableApplicationContext start(Database database, String name) {
		return new SpringApplicationBuilder(MeesterschapApplication.class).run("--server.port=0",
				"--meesterschap.data-dir=" + Path.of("target/bench/lrs-" + name).toAbsolutePath(),
				"--meesterschap.demo.seed=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--spring.datasource.hikari.maximum-pool-size=8");
	}

	static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** An Authorization header for a new LRS credential of the bench organisation. */
	static String credential(ConfigurableApplicationContext app) {
		var issued = app.getBean(LrsCredentials.class).issue(ORGANISATION, UUID.randomUUID(), "bench", XapiVersion.V2_0_0);
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((issued.credential().key() + ":" + issued.secret()).getBytes(StandardCharsets.UTF_8));
	}

	static String agent(int agent) {
		return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lindewaarde.example\",\"name\":\"learner-"
				+ agent + "\"}}";
	}

	static String verb(int verb) {
		return "https://w3id.org/xapi/meesterschap/verbs/v" + verb;
	}

	static String agentQuery(int agent, int verb) {
		return "agent=" + URLEncoder.encode(agent(agent), StandardCharsets.UTF_8) + "&verb="
				+ URLEncoder.encode(verb(verb), StandardCharsets.UTF_8);
	}

	/** A realistic statement: an agent, a verb, an activity in a course, a registration, a result. */
	static String statement(int agent, int verb, int activity, Random random) {
		int course = activity / 20;
		UUID registration = uuid(agent, course);
		return """
				{"id":"%s","actor":%s,"verb":{"id":"%s","display":{"nl-NL":"werkwoord %d","en-US":"verb %d"}},
				"object":{"objectType":"Activity","id":"https://lindewaarde.example/leren/activiteit/%d",
				"definition":{"name":{"nl-NL":"Activiteit %d"},"type":"http://adlnet.gov/expapi/activities/lesson"}},
				"result":{"completion":true,"success":%s,"score":{"scaled":%.2f},"duration":"PT%dM"},
				"context":{"registration":"%s","platform":"Meesterschap","language":"nl-NL",
				"contextActivities":{"parent":[{"id":"https://lindewaarde.example/leren/cursus/%d"}],
				"category":[{"id":"https://w3id.org/xapi/meesterschap"}]}},
				"timestamp":"2026-11-%02dT%02d:%02d:00Z"}""".formatted(uuid(random.nextLong(), random.nextLong()),
				agent(agent), verb(verb), verb, verb, activity, activity, random.nextBoolean(), random.nextDouble(),
				1 + random.nextInt(90), registration, course, 1 + random.nextInt(28), random.nextInt(24),
				random.nextInt(60)).replace("\n", "");
	}

	/** A version 4, variant 2 UUID made from two numbers (xAPI accepts only RFC 4122 UUIDs). */
	static UUID uuid(long high, long low) {
		return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

	static String batch(List<String> statements) {
		return "[" + String.join(",", statements) + "]";
	}

	/** The value at the given percentile (0-100) of the timings, in milliseconds. */
	static double percentile(long[] nanos, double percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
	}

}

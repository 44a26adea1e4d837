package nl.meesterschap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.Statements;
import nl.meesterschap.learning.statements.XapiVersion;

/**
 * Querying a large store: loads N statements (default 1,000,000; kept between runs, loading only what is missing)
 * through the LRS's own write path, then times GET /xapi/statements?agent=...&verb=... over HTTP. 10,000 learners
 * have about 100 statements each over 20 verbs; one "heavy" learner has every 50th statement (20,000 of a million),
 * one in 2,000 of them with a rare verb (10 of a million).
 * Usage: {@code -Dexec.args="h2|postgresql [N]"} (PostgreSQL from LRS_BENCH_POSTGRES_URL).
 */
public final class LrsQueryBenchmark {

	private static final int HEAVY = 0;

	/** Every 50th statement is the heavy learner's: 20,000 of 1,000,000; every 2,000th of those has the rare verb. */
	private static final int HEAVY_EVERY = 50;

	private static final int RARE_VERB = LrsBench.VERBS - 1;

	private LrsQueryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean postgres = args.length > 0 && args[0].startsWith("postgres");
		int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		LrsBench.Database database = LrsBench.databases("query").get(postgres ? 1 : 0);
		try (ConfigurableApplicationContext app = LrsBench.start(database, "query")) {
			load(app, total, postgres);
			String auth = LrsBench.credential(app);
			HttpClient client = HttpClient.newHttpClient();
			int port = LrsBench.port(app);
			Random random = new Random(7);
			time(client, port, auth, 300, () -> LrsBench.agentQuery(1 + random.nextInt(LrsBench.AGENTS - 1), random.nextInt(LrsBench.VERBS)));
			report(database, "typical learner + verb (about 5 hits)", time(client, port, auth, 2_000,
					() -> LrsBench.agentQuery(1 + random.nextInt(LrsBench.AGENTS - 1), random.nextInt(LrsBench.VERBS))));
			report(database, "heavy learner + rare verb",
					time(client, port, auth, 300, () -> LrsBench.agentQuery(HEAVY, RARE_VERB)));
			report(database, "heavy learner + common verb (page of 100)",
					time(client, port, auth, 300, () -> LrsBench.agentQuery(HEAVY, random.nextInt(RARE_VERB))));
			report(database, "heavy learner + common verb, limit=10",
					time(client, port, auth, 300, () -> LrsBench.agentQuery(HEAVY, random.nextInt(RARE_VERB)) + "&limit=10"));
		}
	}

	private static void load(ConfigurableApplicationContext app, int total, boolean postgres) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM learning_statement WHERE organisation_id = ?",
				Integer.class, LrsBench.ORGANISATION);
		Statements statements = app.getBean(Statements.class);
		ObjectNode authority = JsonNodeFactory.instance.objectNode();
		authority.put("objectType", "Agent");
		authority.putObject("account").put("homePage", "https://lindewaarde.example").put("name", "bench-authority");
		long start = System.nanoTime();
		for (int next = stored; next < total; next += 500) {
			List<JsonNode> batch = new ArrayList<>();
			for (int i = next; i < Math.min(total, next + 500); i++) {
				batch.add(LrsJson.parse(generated(i, new Random(i))));
			}
			statements.store(LrsBench.ORGANISATION, batch, authority, XapiVersion.V2_0_0, List.of());
			if (postgres && (next + 500) % 100_000 == 0) {
				// this machine's PostgreSQL runs without autovacuum; keep the planner's statistics current as it would
				jdbc.execute("ANALYZE learning_statement, learning_statement_key");
			}
			if ((next + 500) % 50_000 == 0) {
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("loaded %,d statements (%,.0f/s)%n", next + 500, (next + 500 - stored) / seconds);
			}
		}
		if (postgres) {
			jdbc.execute("ANALYZE");
		}
		System.out.printf("store holds %,d statements%n", jdbc.queryForObject(
				"SELECT COUNT(*) FROM learning_statement WHERE organisation_id = ?", Integer.class, LrsBench.ORGANISATION));
	}

	/** Statement i (the same on every run, so a load can resume): the heavy learner's are spread evenly. */
	private static String generated(int i, Random random) {
		if (i % HEAVY_EVERY == 0) {
			int verb = (i / HEAVY_EVERY) % 2_000 == 0 ? RARE_VERB : random.nextInt(RARE_VERB);
			return LrsBench.statement(HEAVY, verb, random.nextInt(LrsBench.ACTIVITIES), random);
		}
		return LrsBench.statement(1 + random.nextInt(LrsBench.AGENTS - 1), random.nextInt(LrsBench.VERBS),
				random.nextInt(LrsBench.ACTIVITIES), random);
	}

	private static long[] time(HttpClient client, int port, String auth, int count,
			java.util.function.Supplier<String> query) throws Exception {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/xapi/statements?" + query.get()))
				.header("Authorization", auth)
				.header("X-Experience-API-Version", "2.0.0")
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			nanos[i] = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET failed: " + response.statusCode() + " " + response.body());
			}
		}
		return nanos;
	}

	private static void report(LrsBench.Database database, String what, long[] nanos) {
		System.out.printf("%-20s %-42s p50 %6.1f ms | p90 %6.1f ms | p99 %6.1f ms | max %6.1f ms (%d queries)%n",
				database.label(), what, LrsBench.percentile(nanos, 50), LrsBench.percentile(nanos, 90),
				LrsBench.percentile(nanos, 99), LrsBench.percentile(nanos, 100), nanos.length);
	}

}

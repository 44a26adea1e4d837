package nl.meesterschap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import nl.meesterschap.learning.statements.MatchKey;
import nl.meesterschap.learning.statements.MatchKey.Kind;

/**
 * Writing statements: POST /xapi/statements with batches of 100 over HTTP (validation, normalisation, index rows,
 * voiding and reference checks, activity definitions, one transaction per batch), next to a raw JDBC batch insert
 * of the same rows (the statement row and its 9 index rows) in the same run, on H2 and, when
 * LRS_BENCH_POSTGRES_URL is set, on PostgreSQL. Each database starts empty.
 */
public final class LrsWriteBenchmark {

	private static final int BATCH = 100;

	private static final int WARM_UP = 20;

	private static final int MEASURED = 50;

	private LrsWriteBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		for (LrsBench.Database database : LrsBench.databases("write")) {
			deleteH2(database);
			LrsBench.wipe(database);
			try (ConfigurableApplicationContext app = LrsBench.start(database, "write")) {
				String auth = LrsBench.credential(app);
				Random random = new Random(42);
				double http = httpBatches(LrsBench.port(app), auth, random, () -> analyze(app, database));
				double raw = rawBatches(app.getBean(DataSource.class), random);
				System.out.printf("%-20s POST batches of %d: %,8.0f statements/s | raw JDBC batch insert of the same rows: "
						+ "%,8.0f statements/s | ratio %.2f%n", database.label(), BATCH, http, raw, http / raw);
			}
		}
	}

	private static double httpBatches(int port, String auth, Random random, Runnable afterWarmUp) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long nanos = 0;
		for (int b = 0; b < WARM_UP + MEASURED; b++) {
			if (b == WARM_UP) {
				afterWarmUp.run();
			}
			String body = LrsBench.batch(statements(random));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/xapi/statements"))
				.header("Authorization", auth)
				.header("X-Experience-API-Version", "2.0.0")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (b >= WARM_UP) {
				nanos += System.nanoTime() - start;
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException("POST failed: " + response.statusCode() + " " + response.body());
			}
		}
		return MEASURED * BATCH / (nanos / 1e9);
	}

	/** This machine's PostgreSQL runs without autovacuum: give the planner the statistics autovacuum would. */
	private static void analyze(ConfigurableApplicationContext app, LrsBench.Database database) {
		if (database.url().startsWith("jdbc:postgresql")) {
			app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).execute("ANALYZE");
		}
	}

	/** The same rows the LRS writes, straight into the tables with JDBC batches, one transaction per batch. */
	private static double rawBatches(DataSource dataSource, Random random) throws Exception {
		long nanos = 0;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			for (int b = 0; b < WARM_UP + MEASURED; b++) {
				List<String> batch = statements(random);
				long start = System.nanoTime();
				insert(connection, batch);
				connection.commit();
				if (b >= WARM_UP) {
					nanos += System.nanoTime() - start;
				}
			}
		}
		return MEASURED * BATCH / (nanos / 1e9);
	}

	private static void insert(Connection connection, List<String> batch) throws Exception {
		var stored = Instant.now().atOffset(ZoneOffset.UTC);
		List<Long> seqs = new ArrayList<>();
		try (PreparedStatement statements = connection.prepareStatement("INSERT INTO learning_statement (organisation_id, "
				+ "statement_id, stored, voided, voiding, ref_target, statement_json, received_json) "
				+ "VALUES (?, ?, ?, FALSE, FALSE, NULL, ?, ?)", new String[] { "seq" })) {
			for (String json : batch) {
				statements.setObject(1, LrsBench.ORGANISATION);
				statements.setObject(2, UUID.randomUUID());
				statements.setObject(3, stored);
				statements.setString(4, json);
				statements.setString(5, json);
				statements.addBatch();
			}
			statements.executeBatch();
			try (ResultSet keys = statements.getGeneratedKeys()) {
				while (keys.next()) {
					seqs.add(keys.getLong(1));
				}
			}
		}
		try (PreparedStatement keys = connection.prepareStatement("INSERT INTO learning_statement_key (seq, source_seq, "
				+ "match_key, verb_key, stored) VALUES (?, ?, ?, ?, ?)")) {
			for (int i = 0; i < batch.size(); i++) {
				String json = batch.get(i);
				UUID verb = new MatchKey(Kind.VERB, between(json, "\"verb\":{\"id\":\"", "\"")).hash(LrsBench.ORGANISATION);
				for (UUID key : keys(json)) {
					keys.setLong(1, seqs.get(i));
					keys.setLong(2, seqs.get(i));
					keys.setObject(3, key);
					keys.setObject(4, verb);
					keys.setObject(5, stored);
					keys.addBatch();
				}
			}
			keys.executeBatch();
		}
	}

	/** The 9 index rows of a generated statement: agent (direct, related), authority, verb, 4 activities, registration. */
	private static List<UUID> keys(String json) {
		String account = "account:https://lindewaarde.example|" + between(json, "\"name\":\"", "\"");
		String activity = between(json, "\"object\":{\"objectType\":\"Activity\",\"id\":\"", "\"");
		return Stream.of(new MatchKey(Kind.AGENT, account), new MatchKey(Kind.RELATED_AGENT, account),
				new MatchKey(Kind.RELATED_AGENT, "account:bench-authority"),
				new MatchKey(Kind.VERB, between(json, "\"verb\":{\"id\":\"", "\"")),
				new MatchKey(Kind.ACTIVITY, activity), new MatchKey(Kind.RELATED_ACTIVITY, activity),
				new MatchKey(Kind.RELATED_ACTIVITY, between(json, "\"parent\":[{\"id\":\"", "\"")),
				new MatchKey(Kind.RELATED_ACTIVITY, between(json, "\"category\":[{\"id\":\"", "\"")),
				new MatchKey(Kind.REGISTRATION, between(json, "\"registration\":\"", "\"")))
			.map(key -> key.hash(LrsBench.ORGANISATION))
			.toList();
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before) + before.length();
		return text.substring(start, text.indexOf(after, start));
	}

	private static List<String> statements(Random random) {
		List<String> batch = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			batch.add(LrsBench.statement(random.nextInt(LrsBench.AGENTS), random.nextInt(LrsBench.VERBS),
					random.nextInt(LrsBench.ACTIVITIES), random));
		}
		return batch;
	}

	private static void deleteH2(LrsBench.Database database) throws Exception {
		Path dir = Path.of("target/bench/lrs-write");
		if (database.url().startsWith("jdbc:h2") && Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

}

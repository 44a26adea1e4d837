package nl.meesterschap.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.MeesterschapApplication;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.search.Search;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.internal.DutchAnalysis;
import nl.meesterschap.search.internal.IndexNode;
import nl.meesterschap.search.internal.LuceneSearch;

/**
 * Search at scale, all in one run on one index: generates N stories (once; the database and index stay under
 * target/bench/search-N), rebuilds the index through the application next to a raw IndexWriter loop, then times a
 * mixed Dutch query set through raw Lucene (a bare query, and the same search done with Lucene's own parts), the
 * service layer and the HTTP API (two clients, and a trivial call as the floor), and reports the heap in use.
 * Arguments: {@code stories=100000 passes=20 rebuild=true raw=true}. See docs/performance.md, "Search".
 */
public final class SearchBenchmark {

	static final List<String> QUERIES = List.of("schulden", "mantelzorgers", "overbelaste mantelzorger", "hulp bij schulden",
			"geldzorgen", "huurachterstand", "dakloos", "zonder vaste woonplaats", "wmo", "keukentafelgesprek",
			"jongere niet naar school", "veilig thuis melding", "eenzaamheid ouderen", "beschermingsbewind aanvragen",
			"\"huiselijk geweld\"", "\"bijzondere bijstand\"", "schuldhulpverlening wachtlijst", "werkzoekende taal",
			"mantelzroger", "shculden", "pgb moeder begeleiding", "re-integratie", "verslaving alcohol",
			"leerplichtambtenaar verzuim", "energierekening", "deurwaarder beslag", "ggz wachttijd", "uitkering stopgezet",
			"respijtzorg", "outreachend", "intervisie open vragen", "vertrouwen van de cliënt", "kind slaapt slecht",
			"budgetbeheer", "bijstandsuitkering", "cliënt schaamde zich voor de schulden", "wat had ik anders kunnen doen",
			"statushouder huisvesting", "dagbesteding", "één gezin één plan");

	private static final String USER = "bram";

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int stories = Integer.parseInt(options.getOrDefault("stories", "100000"));
		int passes = Integer.parseInt(options.getOrDefault("passes", "20"));
		Path dir = Path.of("target", "bench", "search-" + stories).toAbsolutePath();
		Files.createDirectories(dir);
		System.out.printf("Search benchmark: %,d stories in %s; Java %s, %d cores, max heap %d MB%n", stories, dir,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(MeesterschapApplication.class).run(
				"--meesterschap.data-dir=" + dir, "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN",
				"--spring.datasource.url=jdbc:h2:file:" + dir + "/meesterschap;CACHE_SIZE=524288;DB_CLOSE_ON_EXIT=FALSE");
		try {
			run(app, dir, stories, passes, options);
		}
		finally {
			app.close();
		}
	}

	private static void run(ConfigurableApplicationContext app, Path dir, int stories, int passes, Map<String, String> options)
			throws Exception {
		IndexNode node = app.getBean(IndexNode.class);
		People people = app.getBean(People.class);
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		await(node);
		List<SearchStoryGenerator.Author> authors = authors(people);
		UUID koers = app.getBean(Koersen.class).applicableTo(people.viewer(authors.get(0).personId())).orElseThrow()
			.organisationId();
		long present = jdbc.queryForObject("SELECT COUNT(*) FROM practice_story WHERE status = 'PUBLISHED'", Long.class);
		if (present < stories) {
			int missing = (int) (stories - present);
			System.out.printf("Generating %,d stories ...%n", missing);
			double rate = new SearchStoryGenerator(jdbc, app.getBean(TransactionTemplate.class), authors, koers)
				.generate(missing, present, done -> progress("generated", done, missing));
			System.out.printf("%nGenerated at %,.0f stories/s (JDBC batch inserts)%n", rate);
		}
		long published = jdbc.queryForObject("SELECT COUNT(*) FROM practice_story WHERE status = 'PUBLISHED'", Long.class);
		if (Boolean.parseBoolean(options.getOrDefault("rebuild", "true")) || node.status().documents() < published) {
			long start = System.nanoTime();
			long items = node.rebuildNow(p -> progress("rebuilt", p.done(), p.total()));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%nFull rebuild through the application: %,d items in %.1f s = %,.0f docs/s%n", items, seconds,
					items / seconds);
		}
		if (Boolean.parseBoolean(options.getOrDefault("raw", "true"))) {
			int rawCount = (int) Math.min(published, Integer.parseInt(options.getOrDefault("rawLimit", "" + Integer.MAX_VALUE)));
			rawIndexing(dir, rawCount, authors, koers, new StandardAnalyzer(), "StandardAnalyzer");
			rawIndexing(dir, rawCount, authors, koers, app.getBean(DutchAnalysis.class).index(), "our Dutch analyser");
		}
		System.out.printf("Index: %,d documents, %,.0f MB on disk; database %,.0f MB%n", node.status().documents(),
				node.status().sizeInBytes() / 1e6, size(dir.resolve("meesterschap.mv.db")) / 1e6);

		if (passes == 0) {
			heap();
			return;
		}
		Viewer viewer = people.viewer(people.personByUsername(USER).orElseThrow().id());
		Search search = app.getBean(Search.class);
		Analyzer analyzer = app.getBean(DutchAnalysis.class).index();
		String token = token(port(app));
		HttpClient http = HttpClient.newHttpClient();
		Map<String, Layer> layers = new LinkedHashMap<>();
		layers.put("raw Lucene, top 10", q -> node.withSearcher(s -> raw(s, q, analyzer, viewer, false)));
		layers.put("raw Lucene, top 10 + exact count", q -> node.withSearcher(s -> raw(s, q, analyzer, viewer, true)));
		LuceneSearch lucene = app.getBean(LuceneSearch.class);
		layers.put("raw Lucene, service's query, top 10", q -> node.withSearcher(s -> same(s, lucene.luceneQuery(SearchRequest.of(q), viewer, s.getIndexReader()))));
		FacetStates facetStates = new FacetStates();
		layers.put("raw Lucene, the same search", q -> node.withSearcher(s -> sameSearch(s, lucene, q, viewer, analyzer, facetStates)));
		layers.put("service (Search.search)", q -> search.search(SearchRequest.of(q), viewer).total());
		layers.put("HTTP API, JDK HttpClient", q -> api(http, port(app), token, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
		layers.put("HTTP API, HttpURLConnection", q -> blocking(port(app), token, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
		layers.put("HTTP floor: GET /api/v1/me/tokens", q -> api(http, port(app), token, "/api/v1/me/tokens"));
		for (int warm = 0; warm < 3; warm++) {
			for (String q : QUERIES) {
				for (Layer layer : layers.values()) {
					layer.run(q);
				}
			}
		}
		Map<String, long[]> timings = new LinkedHashMap<>();
		layers.keySet().forEach(name -> timings.put(name, new long[passes * QUERIES.size()]));
		int i = 0;
		for (int pass = 0; pass < passes; pass++) {
			for (String q : QUERIES) {
				for (Map.Entry<String, Layer> layer : layers.entrySet()) {
					long start = System.nanoTime();
					layer.getValue().run(q);
					timings.get(layer.getKey())[i] = System.nanoTime() - start;
				}
				i++;
			}
		}
		System.out.printf("%nQuery latency over %d queries (%d distinct, %d passes), user %s, single thread:%n", i,
				QUERIES.size(), passes, USER);
		double rawP50 = percentile(timings.values().iterator().next(), 50);
		double sameP50 = percentile(timings.get("raw Lucene, the same search"), 50);
		System.out.printf("  %-36s %14s   %14s   %-12s %s%n", "", "", "", "p50 / raw", "p50 / raw same");
		for (Map.Entry<String, long[]> entry : timings.entrySet()) {
			double p50 = percentile(entry.getValue(), 50);
			System.out.printf("  %-36s p50 %7.2f ms   p99 %7.2f ms   %-12.2f %.2f%n", entry.getKey(), p50,
					percentile(entry.getValue(), 99), p50 / rawP50, p50 / sameP50);
		}
		heap();
	}

	/** The plain query a Lucene user would write: the analysed words in title and body, visible ones only. */
	private static long raw(IndexSearcher searcher, String q, Analyzer analyzer, Viewer viewer, boolean count) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String token : DutchAnalysis.tokens(analyzer, q.replace("\"", " ")).stream().distinct().toList()) {
			words.add(new BoostQuery(new TermQuery(new Term("title", token)), 3f), Occur.SHOULD);
			words.add(new TermQuery(new Term("body", token)), Occur.SHOULD);
		}
		List<BytesRef> keys = viewer.audienceKeys().stream().map(BytesRef::new).toList();
		Query visible = new BooleanQuery.Builder().add(new TermInSetQuery("audience", keys), Occur.SHOULD)
			.add(new TermQuery(new Term("owner", viewer.personId().toString())), Occur.SHOULD)
			.build();
		Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(visible, Occur.FILTER).build();
		try {
			return count ? searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE)).totalHits.value
					: searcher.search(query, 10).scoreDocs.length;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The service's own Lucene query (synonyms, compounds, filter), run bare: top 10, no facets or snippets. */
	private static long same(IndexSearcher searcher, Query query) {
		try {
			return query == null ? 0 : searcher.search(query, 10).scoreDocs.length;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * What a Lucene developer would write to give the same answer as the service, with Lucene's own parts only: the
	 * service's query (text, synonyms, compound parts, access filter), top 10 with the exact total, the five facets
	 * counted by Lucene's facet module ({@code StringValueFacetCounts} over the same doc-values fields), the best
	 * passage of the body highlighted by {@code UnifiedHighlighter}, and the stored fields of the ten hits. Our code
	 * around it (query building aside) is what the service and the API add to this.
	 */
	private static long sameSearch(IndexSearcher searcher, LuceneSearch lucene, String q, Viewer viewer, Analyzer analyzer,
			FacetStates states) {
		try {
			SearchRequest request = SearchRequest.of(q);
			Query query = lucene.luceneQuery(request, viewer, searcher.getIndexReader());
			Query text = lucene.textQuery(request, searcher.getIndexReader());
			if (query == null || text == null) {
				return 0;
			}
			Object[] outcome = searcher.search(query, new MultiCollectorManager(
					new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
			TopDocs top = (TopDocs) outcome[0];
			FacetsCollector matches = (FacetsCollector) outcome[1];
			long values = 0;
			for (String facet : FACET_FIELDS) {
				values += new StringValueFacetCounts(states.of(searcher.getIndexReader(), facet), matches)
					.getAllChildren(facet).childCount;
			}
			String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
				.withFieldMatcher("body"::equals)
				.withMaxNoHighlightPassages(1)
				.build()
				.highlight("body", text, top, 1);
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				values += stored.document(hit.doc).getFields().size();
			}
			return top.totalHits.value + values + snippets.length;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The doc-values fields the index keeps its facets in (Fields.facet in the search module). */
	private static final List<String> FACET_FIELDS = List.of("f_type", "f_domain", "f_principle", "f_organisation", "f_year");

	/**
	 * Lucene's facet module needs an ordinal map over the segments of a reader; a Lucene user keeps it per reader, as
	 * here (the index does not change while the queries run).
	 */
	private static final class FacetStates {

		private final Map<String, StringDocValuesReaderState> states = new java.util.concurrent.ConcurrentHashMap<>();

		StringDocValuesReaderState of(IndexReader reader, String field) {
			return states.computeIfAbsent(System.identityHashCode(reader.getReaderCacheHelper().getKey()) + field, key -> {
				try {
					return new StringDocValuesReaderState(reader, field);
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		}

	}

	private static void rawIndexing(Path dir, int count, List<SearchStoryGenerator.Author> authors, UUID koers,
			Analyzer analyzer, String name) throws Exception {
		Path raw = dir.resolve("raw-index");
		delete(raw);
		Random random = new Random(7);
		java.time.Instant now = java.time.Instant.now();
		long start = System.nanoTime();
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
		try (FSDirectory directory = FSDirectory.open(raw); IndexWriter writer = new IndexWriter(directory, config)) {
			for (int n = 0; n < count; n++) {
				SearchStoryGenerator.Story story = SearchStoryGenerator.story(random, now, authors, koers);
				Document doc = new Document();
				doc.add(new TextField("title", story.title(), Field.Store.YES));
				doc.add(new TextField("body", story.body(), Field.Store.YES));
				writer.addDocument(doc);
			}
			writer.commit();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("Raw IndexWriter loop (%s, title + body, generated in memory): %,d docs in %.1f s = %,.0f docs/s%n",
				name, count, seconds, count / seconds);
		delete(raw);
	}

	private static long api(HttpClient http, int port, String token, String pathAndQuery) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("API answered " + response.statusCode() + " for " + pathAndQuery);
			}
			return response.body().length();
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The same call with the JDK's blocking client (keep-alive, no selector thread between caller and socket). */
	private static long blocking(int port, String token, String pathAndQuery) {
		try {
			java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create("http://localhost:" + port + pathAndQuery)
				.toURL().openConnection();
			connection.setRequestProperty("Authorization", "Bearer " + token);
			if (connection.getResponseCode() != 200) {
				throw new IllegalStateException("API answered " + connection.getResponseCode() + " for " + pathAndQuery);
			}
			try (java.io.InputStream body = connection.getInputStream()) {
				return body.readAllBytes().length;
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String token(int port) throws Exception {
		String basic = Base64.getEncoder().encodeToString((USER + ":Lindewaarde-2026").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	private static List<SearchStoryGenerator.Author> authors(People people) {
		List<SearchStoryGenerator.Author> authors = new ArrayList<>();
		for (String username : List.of("anouk", "bram", "chantal", "dewi", "emre", "fleur", "gert", "hanneke", "jeroen",
				"mirjam", "noor", "olaf")) {
			Viewer viewer = people.viewer(people.personByUsername(username).orElseThrow().id());
			authors.add(new SearchStoryGenerator.Author(viewer.personId(), viewer.organisationId(),
					viewer.teamIds().stream().findFirst().orElse(null), viewer.networkIds().stream().findFirst().orElse(null)));
		}
		return authors;
	}

	private static void heap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("%nHeap in use after GC while serving: %,d MB (max heap %,d MB)%n", used >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	private static double percentile(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static void await(IndexNode node) throws InterruptedException {
		while (!node.ready()) {
			Thread.sleep(100);
		}
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static void progress(String what, long done, long total) {
		if (total > 0 && (done % 10_000 == 0 || done == total)) {
			System.out.printf("\r  %s %,d / %,d", what, done, total);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException e) {
			return 0;
		}
	}

	private static void delete(Path path) throws java.io.IOException {
		if (Files.exists(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq > 0) {
				options.put(arg.substring(0, eq), arg.substring(eq + 1));
			}
		}
		return options;
	}

	/** One way to run a query. */
	interface Layer {

		Object run(String query);

	}


}

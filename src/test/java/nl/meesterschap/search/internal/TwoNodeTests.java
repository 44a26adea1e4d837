package nl.meesterschap.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchTestCorpus;

/**
 * Two nodes share only the database: each has its own index directory and tails the same search feed. A story
 * published on one (this application) is findable on the other within five seconds, and gone there once withdrawn.
 */
@IntegrationTest
class TwoNodeTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	IndexNode nodeA;

	@Autowired
	DutchAnalysis analysis;

	@Autowired
	Synonyms synonyms;

	@Autowired
	SearchFeed feed;

	@Autowired
	ItemSource source;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	Koersen koersen;

	SearchTestCorpus corpus;

	Path directoryB;

	IndexNode nodeB;

	LuceneSearch searchB;

	@BeforeEach
	void startSecondNode() throws IOException {
		corpus = new SearchTestCorpus(stories, people, koersen, nodeA);
		corpus.indexed();
		directoryB = Files.createTempDirectory(Path.of("target"), "node-b-");
		nodeB = new IndexNode(directoryB, analysis, feed, source, SearchSettings.defaults());
		nodeB.start();
		corpus.await(nodeB::ready);
		searchB = new LuceneSearch(nodeB, analysis, synonyms);
	}

	@AfterEach
	void stopSecondNode() throws IOException {
		nodeB.close();
		try (Stream<Path> files = Files.walk(directoryB)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

	@Test
	void a_story_published_on_one_node_is_found_on_the_other_within_five_seconds() {
		UUID id = corpus.publish("dewi", AudienceKind.PLATFORM, Domain.WMO, "Een rollator in het trappenhuis",
				"Een buurman klaagde over een rollator die in het trappenhuis stond.", "We zochten samen een andere plek.");
		Duration took = timeUntil(() -> foundOnB("rollator trappenhuis", id));
		assertThat(took).isLessThan(WITHIN);

		corpus.withdraw("dewi", id);
		Duration gone = timeUntil(() -> !foundOnB("rollator trappenhuis", id));
		assertThat(gone).isLessThan(WITHIN);
	}

	private boolean foundOnB(String text, UUID id) {
		return searchB.search(SearchRequest.of(text), corpus.viewer("emre")).hits().stream()
			.anyMatch(hit -> hit.id().equals(id.toString()));
	}

	/** Polls until the condition holds (or ten seconds pass, which the assertion then reports). */
	private static Duration timeUntil(java.util.function.BooleanSupplier condition) {
		Instant start = Instant.now();
		while (!condition.getAsBoolean() && Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return Duration.between(start, Instant.now());
	}

}

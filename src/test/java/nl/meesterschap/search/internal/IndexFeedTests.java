package nl.meesterschap.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchTestCorpus;

/**
 * The index is a projection kept true by the feed: every change appends in its own transaction, the index applies
 * the feed in order and records how far in its commit data, catches up after a restart, and rebuilds from the
 * database when it is empty or unreadable.
 */
@IntegrationTest
class IndexFeedTests {

	@Autowired
	IndexNode node;

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

	@Autowired
	TransactionTemplate transactions;

	SearchTestCorpus corpus;

	Path directory;

	@BeforeEach
	void setUp() throws IOException {
		corpus = new SearchTestCorpus(stories, people, koersen, node);
		corpus.indexed();
		directory = Files.createTempDirectory(Path.of("target"), "index-test-");
	}

	@AfterEach
	void removeDirectory() throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

	@Test
	void a_published_story_is_found_once_the_feed_is_applied_and_gone_when_withdrawn() {
		long before = feed.head();
		UUID id = corpus.publish("chantal", AudienceKind.PLATFORM, Domain.WMO, "Een schoenendoos vol enveloppen",
				"Een vrouw bewaarde al haar post ongeopend in een schoenendoos.", "We openden samen elke envelop.");
		assertThat(feed.after(before, 10)).extracting(SearchFeed.Entry::itemId).contains(id.toString());
		corpus.indexed();
		assertThat(found("bram", "schoenendoos")).contains(id.toString());
		assertThat(node.status().applied()).isEqualTo(feed.head());

		corpus.withdraw("chantal", id);
		corpus.indexed();
		assertThat(found("bram", "schoenendoos")).doesNotContain(id.toString());
	}

	@Test
	void a_rolled_back_change_leaves_no_feed_entry() {
		long before = feed.head();
		transactions.executeWithoutResult(status -> {
			corpus.publish("chantal", AudienceKind.PLATFORM, Domain.WMO, "Nooit gedeeld", "Dit verhaal wordt teruggedraaid.",
					"Niets.");
			status.setRollbackOnly();
		});
		assertThat(feed.after(before, 10)).isEmpty();
	}

	@Test
	void after_a_restart_the_index_catches_up_from_its_commit_data() throws IOException {
		long committed;
		try (IndexNode other = node(directory)) {
			other.rebuildNow(progress -> {
			});
			other.applyPending();
			committed = other.status().sequence();
		}
		UUID id = corpus.publish("anouk", AudienceKind.PLATFORM, Domain.WMO, "Een koelkast zonder stroom",
				"De koelkast stond al een week uit omdat de stroom was afgesloten.", "Ik belde de energieleverancier.");
		try (IndexNode restarted = node(directory)) {
			restarted.open();
			assertThat(restarted.rebuildReason()).isNull();
			assertThat(restarted.status().sequence()).isEqualTo(committed).isLessThan(feed.head());
			restarted.applyPending();
			assertThat(restarted.status().applied()).isEqualTo(feed.head());
			assertThat(new LuceneSearch(restarted, analysis, synonyms).search(SearchRequest.of("koelkast stroom"),
					corpus.viewer("bram")).hits()).anySatisfy(hit -> assertThat(hit.id()).isEqualTo(id.toString()));
			assertThat(restarted.progress().state()).isEqualTo(RebuildProgress.State.IDLE);
		}
	}

	@Test
	void an_empty_index_is_rebuilt_from_the_database() throws IOException {
		try (IndexNode fresh = node(directory)) {
			fresh.open();
			assertThat(fresh.rebuildReason()).isEqualTo("empty");
			fresh.start();
			corpus.await(fresh::ready);
			assertThat(fresh.status().documents()).isEqualTo(node.status().documents());
		}
	}

	@Test
	void an_unreadable_index_is_emptied_and_rebuilt() throws IOException {
		try (IndexNode first = node(directory)) {
			first.rebuildNow(progress -> {
			});
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
			}
		}
		try (IndexNode broken = node(directory)) {
			broken.open();
			assertThat(broken.rebuildReason()).isEqualTo("unreadable");
			broken.start();
			corpus.await(broken::ready);
			assertThat(broken.status().documents()).isEqualTo(node.status().documents());
		}
	}

	private IndexNode node(Path path) {
		return new IndexNode(path, analysis, feed, source, SearchSettings.defaults());
	}

	private List<String> found(String username, String text) {
		Viewer viewer = corpus.viewer(username);
		return new LuceneSearch(node, analysis, synonyms).search(SearchRequest.of(text), viewer).hits().stream()
			.map(hit -> hit.id())
			.toList();
	}

}

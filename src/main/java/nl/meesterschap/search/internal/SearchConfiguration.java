package nl.meesterschap.search.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.signals.Signals;

/**
 * Wires this node's index. It starts following the feed once the application is ready (after demo data is
 * seeded), never in a command-line run: the {@code reindex} command opens the index itself.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	DutchAnalysis dutchAnalysis() {
		return new DutchAnalysis();
	}

	@Bean
	Synonyms synonyms(DutchAnalysis analysis) {
		return Synonyms.load(analysis);
	}

	@Bean
	SearchFeed searchFeed(JdbcClient jdbc) {
		return new SearchFeed(jdbc);
	}

	@Bean
	ItemSource itemSource(Stories stories, Koersen koersen, People people, Conversations conversations,
			Signals signals, SharedSummaries summaries) {
		return new ItemSource(stories, koersen, people, conversations, signals, summaries);
	}

	@Bean
	IndexLocation indexLocation(SearchSettings settings, Environment environment,
			@Value("${meesterschap.data-dir}") Path dataDir) {
		Path configured = settings.indexDir() != null ? settings.indexDir() : dataDir.resolve("index");
		String database = environment.getProperty("spring.datasource.url", "");
		boolean cli = environment.containsProperty("meesterschap.cli.command");
		return IndexLocation.choose(configured, database.startsWith("jdbc:h2:mem:"), !cli);
	}

	@Bean
	IndexNode indexNode(IndexLocation location, DutchAnalysis analysis, SearchFeed feed, ItemSource source,
			SearchSettings settings) {
		return new IndexNode(location.path(), analysis, feed, source, settings);
	}

	@Bean
	NodeLifecycle searchNodeLifecycle(IndexNode node, IndexLocation location, Environment environment) {
		return new NodeLifecycle(node, location, !environment.containsProperty("meesterschap.cli.command"));
	}

	/** Starts the node when the application is ready; closes it (and removes a throwaway index) at shutdown. */
	static final class NodeLifecycle implements DisposableBean {

		private final IndexNode node;

		private final IndexLocation location;

		private final boolean follow;

		NodeLifecycle(IndexNode node, IndexLocation location, boolean follow) {
			this.node = node;
			this.location = location;
			this.follow = follow;
		}

		@EventListener(ApplicationReadyEvent.class)
		void start() {
			if (follow) {
				node.start();
			}
		}

		@Override
		public void destroy() throws IOException {
			try {
				node.close();
			}
			finally {
				location.cleanUp();
			}
		}

	}

}

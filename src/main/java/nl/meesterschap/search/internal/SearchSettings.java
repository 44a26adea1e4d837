package nl.meesterschap.search.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meesterschap.search.*}: where this node keeps its index (default {@code <data-dir>/index}), how often it
 * looks at the feed, how long it waits for a hole in the feed to fill, and how long feed entries are kept.
 */
@ConfigurationProperties("meesterschap.search")
record SearchSettings(@Nullable Path indexDir, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("60s") Duration gapPatience, @DefaultValue("14d") Duration feedRetention) {

	static SearchSettings defaults() {
		return new SearchSettings(null, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofDays(14));
	}

}

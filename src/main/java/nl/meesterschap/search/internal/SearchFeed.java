package nl.meesterschap.search.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.meesterschap.search.ItemType;

/**
 * The {@code search_feed} table: what changed, in order. Written by {@link SearchFeedListener} inside the
 * transaction of the change; read by every node's {@link IndexNode}. Times are the database's, so the nodes'
 * clocks do not matter.
 */
final class SearchFeed {

	/** Item type of a koers: its principles are replaced together. */
	static final String KOERS = "koers";

	/**
	 * Item type of a conversation thread, id {@code <subject kind>:<subject id>}: all responses on that subject are
	 * replaced together (their subject was hidden, restored or changed audience).
	 */
	static final String THREAD = "thread";

	private final JdbcClient jdbc;

	SearchFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(String itemType, String itemId, String change) {
		jdbc.sql("INSERT INTO search_feed (item_type, item_id, change_kind, recorded_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
			.params(itemType, itemId, change)
			.update();
	}

	void append(ItemType type, String itemId, String change) {
		append(type.code(), itemId, change);
	}

	/** Entries after {@code sequence}, oldest first. */
	List<Entry> after(long sequence, int limit) {
		return jdbc.sql("SELECT seq, item_type, item_id, change_kind FROM search_feed WHERE seq > ? ORDER BY seq LIMIT ?")
			.params(sequence, limit)
			.query((rs, n) -> new Entry(rs.getLong("seq"), rs.getString("item_type"), rs.getString("item_id"),
					rs.getString("change_kind")))
			.list();
	}

	/** The entries with these sequences that exist (now). */
	List<Entry> withSequences(List<Long> sequences) {
		if (sequences.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT seq, item_type, item_id, change_kind FROM search_feed WHERE seq IN (:seqs) ORDER BY seq")
			.param("seqs", sequences)
			.query((rs, n) -> new Entry(rs.getLong("seq"), rs.getString("item_type"), rs.getString("item_id"),
					rs.getString("change_kind")))
			.list();
	}

	/** The newest sequence (0 for an empty feed). */
	long head() {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM search_feed").query(Long.class).single();
	}

	/**
	 * The newest sequence recorded at least {@code settle} ago: everything up to it has surely committed (a
	 * transaction that wrote a feed row is short), so a rebuild that reads the database now reflects it.
	 */
	long settled(Duration settle) {
		OffsetDateTime now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM search_feed WHERE recorded_at < ?")
			.param(now.minus(settle))
			.query(Long.class)
			.single();
	}

	/** Which database this feed belongs to. */
	String origin() {
		return jdbc.sql("SELECT MIN(created_at) FROM search_feed_origin").query(OffsetDateTime.class).single()
			.toInstant().toString();
	}

	/** Deletes entries older than {@code retention}, always keeping the newest. Safe to run on every node. */
	int prune(Duration retention) {
		OffsetDateTime now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
		return jdbc.sql("DELETE FROM search_feed WHERE recorded_at < ? AND seq < (SELECT MAX(seq) FROM search_feed)")
			.param(now.minus(retention))
			.update();
	}

	/** The oldest sequence still in the feed (0 when empty). */
	long oldest() {
		return jdbc.sql("SELECT COALESCE(MIN(seq), 0) FROM search_feed").query(Long.class).single();
	}

	/** One change: the item's current state is read from its module when the entry is applied. */
	record Entry(long sequence, String itemType, String itemId, String change) {
	}

}

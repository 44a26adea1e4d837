package nl.meesterschap.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meesterschap.search.ItemType;

/**
 * This node's search index and the thread that keeps it true (design §4): on start it opens the index, rebuilds
 * it when it is empty, unreadable, built by other analysis, or following another database or a feed that has
 * moved on past it; then it applies the feed in order, every poll interval and as soon as this node commits a
 * change ({@link #wake()}). Only this thread writes, so a rebuild and the feed never interleave.
 */
public final class IndexNode implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(IndexNode.class);

	private static final int BATCH = 500;

	private final Path path;

	private final DutchAnalysis analysis;

	private final SearchFeed feed;

	private final ItemSource source;

	private final SearchSettings settings;

	private final ReentrantLock writing = new ReentrantLock();

	private final Object signal = new Object();

	private volatile @Nullable SearchIndex index;

	private volatile @Nullable FeedCursor cursor;

	private volatile String origin = "";

	private volatile RebuildProgress progress = RebuildProgress.IDLE;

	private volatile boolean ready;

	private volatile boolean woken;

	private volatile boolean rebuildAsked;

	private volatile boolean stopping;

	private @Nullable Thread thread;

	private Instant lastPrune = Instant.EPOCH;

	IndexNode(Path path, DutchAnalysis analysis, SearchFeed feed, ItemSource source, SearchSettings settings) {
		this.path = path;
		this.analysis = analysis;
		this.feed = feed;
		this.source = source;
		this.settings = settings;
	}

	/** Starts the index thread: open, rebuild if needed, then follow the feed. */
	public synchronized void start() {
		if (thread != null) {
			return;
		}
		thread = new Thread(this::run, "search-index");
		thread.setDaemon(true);
		thread.start();
	}

	/** Applies new feed entries now (called after a local commit). */
	public void wake() {
		woken = true;
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	/** Asks the index thread for a full rebuild; {@link #progress()} tells how it goes. */
	public void requestRebuild() {
		if (!progress.running()) {
			progress = new RebuildProgress(RebuildProgress.State.WAITING, 0, 0, Instant.now(), null, null);
		}
		rebuildAsked = true;
		wake();
	}

	public RebuildProgress progress() {
		return progress;
	}

	/** True once the index is open and caught up after start-up (or its first rebuild). */
	public boolean ready() {
		return ready;
	}

	public Path path() {
		return path;
	}

	/** Opens the index now, on the calling thread (the CLI and tests; the index thread does this itself). */
	void open() throws IOException {
		writing.lock();
		try {
			if (index == null) {
				SearchIndex opened = SearchIndex.open(path, analysis);
				index = opened;
				origin = feed.origin();
				cursor = new FeedCursor(Math.max(0, opened.sequence()), settings.gapPatience());
			}
		}
		finally {
			writing.unlock();
		}
	}

	/** Why this index must be rebuilt before use, or null when it can follow the feed from its sequence. */
	@Nullable String rebuildReason() {
		SearchIndex current = require();
		Map<String, String> data = current.commitData();
		if (current.recreated()) {
			return "unreadable";
		}
		if (!data.containsKey(SearchIndex.SEQUENCE)) {
			return "empty";
		}
		if (!analysis.fingerprint().equals(data.get(SearchIndex.ANALYSIS))) {
			return "analysis changed";
		}
		if (!origin.equals(data.get(SearchIndex.ORIGIN))) {
			return "another database";
		}
		long sequence = current.sequence();
		if (sequence > feed.head()) {
			return "ahead of the feed";
		}
		long oldest = feed.oldest();
		if (oldest > 0 && sequence < oldest - 1) {
			return "behind the pruned feed";
		}
		return null;
	}

	/** Rebuilds on the calling thread; {@code listener} hears the progress too. */
	public long rebuildNow(Consumer<RebuildProgress> listener) throws IOException {
		open();
		writing.lock();
		try {
			long settled = feed.settled(settings.gapPatience());
			IndexRebuild rebuild = new IndexRebuild(require(), source, state -> {
				progress = state;
				listener.accept(state);
			});
			try {
				long items = rebuild.run(settled, origin, analysis.fingerprint());
				require().refresh();
				cursor = new FeedCursor(settled, settings.gapPatience());
				return items;
			}
			catch (IOException | RuntimeException e) {
				progress = new RebuildProgress(RebuildProgress.State.FAILED, progress.done(), progress.total(),
						progress.startedAt(), Instant.now(), e.toString());
				SearchIndex failed = require();
				index = null;
				failed.rollback();
				open();
				throw e;
			}
		}
		finally {
			writing.unlock();
		}
	}

	/** Applies every feed entry visible now, in order; returns how many items changed. */
	public int applyPending() {
		writing.lock();
		try {
			SearchIndex current = require();
			FeedCursor position = cursor;
			int changed = 0;
			while (true) {
				List<SearchFeed.Entry> entries = new ArrayList<>(feed.withSequences(position.holes(BATCH)));
				entries.addAll(feed.after(position.readFrom(), BATCH));
				List<SearchFeed.Entry> fresh = entries.stream().filter(e -> position.isNew(e.sequence())).toList();
				changed += apply(current, fresh);
				boolean moved = position.applied(fresh.stream().map(SearchFeed.Entry::sequence).toList(), Instant.now());
				if (!fresh.isEmpty() || moved) {
					current.commit(position.watermark(), origin, analysis.fingerprint());
				}
				if (fresh.size() < BATCH) {
					return changed;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writing.unlock();
		}
	}

	/** Applies entries, each item once (its current state is read from its module). */
	private int apply(SearchIndex current, List<SearchFeed.Entry> entries) throws IOException {
		Map<String, SearchFeed.Entry> latest = new LinkedHashMap<>();
		entries.forEach(e -> latest.put(e.itemType() + ":" + e.itemId(), e));
		for (SearchFeed.Entry entry : latest.values()) {
			if (entry.itemType().equals(ItemType.STORY.code())) {
				UUID id = UUID.fromString(entry.itemId());
				replace(current, ItemType.STORY, entry.itemId(), source.story(id));
				replaceThread(current, ItemType.STORY.code(), id);
			}
			else if (entry.itemType().equals(ItemType.RESPONSE.code())) {
				replace(current, ItemType.RESPONSE, entry.itemId(), source.response(UUID.fromString(entry.itemId())));
			}
			else if (entry.itemType().equals(ItemType.SIGNAL.code())) {
				UUID id = UUID.fromString(entry.itemId());
				replace(current, ItemType.SIGNAL, entry.itemId(), source.signal(id));
				replaceThread(current, ItemType.SIGNAL.code(), id);
			}
			else if (entry.itemType().equals(ItemType.SUMMARY.code())) {
				replace(current, ItemType.SUMMARY, entry.itemId(), source.summary(UUID.fromString(entry.itemId())));
			}
			else if (entry.itemType().equals(SearchFeed.THREAD)) {
				int colon = entry.itemId().lastIndexOf(':');
				replaceThread(current, entry.itemId().substring(0, colon), UUID.fromString(entry.itemId().substring(colon + 1)));
			}
			else if (entry.itemType().equals(SearchFeed.KOERS)) {
				UUID organisation = UUID.fromString(entry.itemId());
				current.deleteGroup(ItemSource.koersGroup(organisation));
				for (IndexedItem principle : source.principles(organisation)) {
					current.add(principle);
				}
			}
			else {
				log.debug("Search feed entry of unknown type {} skipped", entry.itemType());
			}
		}
		return latest.size();
	}

	/** The item as it is now, or out of the index when its module no longer offers it. */
	private static void replace(SearchIndex current, ItemType type, String id, Optional<IndexedItem> item)
			throws IOException {
		if (item.isPresent()) {
			current.upsert(item.get());
		}
		else {
			current.delete(IndexedItem.key(type, id));
		}
	}

	/** The responses on a subject follow it: replaced by what is visible now (none when the subject is gone). */
	private void replaceThread(SearchIndex current, String subjectKind, UUID subjectId) throws IOException {
		current.deleteGroup(ItemSource.threadGroup(subjectKind, subjectId));
		for (IndexedItem response : source.responsesOf(subjectKind, subjectId)) {
			current.add(response);
		}
	}

	public <T> T withSearcher(Function<IndexSearcher, T> work) {
		return require().withSearcher(work);
	}

	/** What the admin page shows. */
	public Status status() {
		SearchIndex current = index;
		FeedCursor position = cursor;
		return new Status(path, current == null ? 0 : current.documents(), position == null ? 0 : position.watermark(),
				position == null ? 0 : position.readFrom(), feed.head(), current == null ? 0 : current.sizeInBytes(), ready);
	}

	private void run() {
		try {
			open();
			String reason = rebuildReason();
			if (reason != null) {
				log.info("Search index at {}: full rebuild ({})", path, reason);
				rebuildNow(state -> {
				});
			}
			applyPending();
			ready = true;
			log.info("Search index at {} ready: {} items, feed at {}", path, require().documents(), cursor.watermark());
		}
		catch (IOException | RuntimeException e) {
			log.error("Search index at {} could not start", path, e);
			return;
		}
		while (!stopping) {
			try {
				if (rebuildAsked) {
					rebuildAsked = false;
					rebuildNow(state -> {
					});
				}
				applyPending();
				pruneNowAndThen();
			}
			catch (IOException | RuntimeException e) {
				if (!stopping) {
					log.warn("Search index at {}: applying the feed failed, retrying: {}", path, e.toString());
				}
			}
			pause();
		}
	}

	private void pause() {
		synchronized (signal) {
			if (!woken && !stopping) {
				try {
					signal.wait(settings.pollInterval().toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					stopping = true;
				}
			}
			woken = false;
		}
	}

	private void pruneNowAndThen() {
		Instant now = Instant.now();
		if (Duration.between(lastPrune, now).toHours() >= 1) {
			lastPrune = now;
			int pruned = feed.prune(settings.feedRetention());
			if (pruned > 0) {
				log.info("Search feed: {} entries older than {} removed", pruned, settings.feedRetention());
			}
		}
	}

	private SearchIndex require() {
		SearchIndex current = index;
		if (current == null) {
			throw new IllegalStateException("The search index at " + path + " is not open");
		}
		return current;
	}

	@Override
	public void close() throws IOException {
		stopping = true;
		wake();
		Thread running = thread;
		if (running != null) {
			try {
				running.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		writing.lock();
		try {
			if (index != null) {
				index.close();
				index = null;
			}
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * A node's index at a glance: {@code sequence} is the position in its commit data (it waits at a hole in the
	 * feed), {@code applied} the newest entry applied.
	 */
	public record Status(Path path, int documents, long sequence, long applied, long feedHead, long sizeInBytes,
			boolean ready) {
	}

}

package nl.meesterschap.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A full rebuild of one index from the database: every published story (in id order, a page at a time), the
 * principles of every published koers, every visible response, every signal that is not hidden and every summary a
 * circle shared, written over an emptied index that searches keep seeing in its old state until the final commit. The commit records the feed position that was settled before reading began, so the
 * feed entries written during the rebuild are applied afterwards (again, harmlessly).
 */
final class IndexRebuild {

	private static final int PAGE = 1_000;

	/** Stories per batch between the loader and the indexer (and per progress report). */
	private static final int BATCH = 200;

	private final SearchIndex index;

	private final ItemSource source;

	private final Consumer<RebuildProgress> progress;

	IndexRebuild(SearchIndex index, ItemSource source, Consumer<RebuildProgress> progress) {
		this.index = index;
		this.source = source;
		this.progress = progress;
	}

	/** Rebuilds and commits at {@code sequence}; on failure the index is left to be rolled back by the caller. */
	long run(long sequence, String origin, String analysis) throws IOException {
		Instant started = Instant.now();
		RebuildProgress state = new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, started, null, null);
		progress.accept(state);
		long[] ids = storyIds();
		List<UUID> organisations = source.organisations();
		long total = ids.length / 2 + organisations.size();
		state = state.running(0, total);
		progress.accept(state);
		index.deleteAll();
		long done = 0;
		long items = 0;
		// Reading stories (database) and indexing them (analysis) overlap: a loader thread fills a small queue.
		BlockingQueue<Batch> loaded = new ArrayBlockingQueue<>(16);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread loader = new Thread(() -> load(ids, loaded, failure), "search-rebuild-loader");
		loader.setDaemon(true);
		loader.start();
		try {
			while (true) {
				Batch batch = loaded.poll(1, TimeUnit.SECONDS);
				if (batch == null) {
					if (failure.get() != null) {
						throw new IOException("Reading the stories failed", failure.get());
					}
					continue;
				}
				if (batch.last()) {
					break;
				}
				for (IndexedItem item : batch.items()) {
					index.add(item);
					items++;
				}
				done += batch.stories();
				state = state.running(done, total);
				progress.accept(state);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Rebuild interrupted", e);
		}
		finally {
			loader.interrupt();
		}
		done = ids.length / 2;
		for (UUID organisation : organisations) {
			for (IndexedItem principle : source.principles(organisation)) {
				index.add(principle);
				items++;
			}
			done++;
		}
		items += responses();
		items += signals();
		items += paged(source::summaryIds, source::summaries);
		index.commit(sequence, origin, analysis);
		progress.accept(new RebuildProgress(RebuildProgress.State.DONE, done, total, started, Instant.now(), null));
		return items;
	}

	/** Every visible response, a page at a time; returns how many were indexed. */
	private long responses() throws IOException {
		return paged(source::responseIds, source::responses);
	}

	/** Every signal that is not hidden, a page at a time; returns how many were indexed. */
	private long signals() throws IOException {
		return paged(source::signalIds, source::signals);
	}

	/** Indexes the items of every page of ids, in id order; returns how many were indexed. */
	private long paged(BiFunction<@Nullable UUID, Integer, List<UUID>> ids, Function<List<UUID>, List<IndexedItem>> items)
			throws IOException {
		long count = 0;
		@Nullable UUID after = null;
		while (true) {
			List<UUID> page = ids.apply(after, PAGE);
			for (IndexedItem item : items.apply(page)) {
				index.add(item);
				count++;
			}
			if (page.size() < PAGE) {
				return count;
			}
			after = page.get(page.size() - 1);
		}
	}

	/** Stories read together: the items to index, how many stories they stand for, or the end. */
	private record Batch(List<IndexedItem> items, int stories, boolean last) {
	}

	/** Loads the stories in batches, then the end; stops at the first failure. */
	private void load(long[] ids, BlockingQueue<Batch> loaded, AtomicReference<Throwable> failure) {
		try {
			List<UUID> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < ids.length; i += 2) {
				batch.add(new UUID(ids[i], ids[i + 1]));
				if (batch.size() == BATCH || i + 2 >= ids.length) {
					loaded.put(new Batch(source.stories(batch), batch.size(), false));
					batch = new ArrayList<>(BATCH);
				}
			}
			loaded.put(new Batch(List.of(), 0, true));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			failure.set(e);
		}
	}

	/** All published story ids as pairs of longs (16 bytes a story). */
	private long[] storyIds() {
		long[] ids = new long[2 * PAGE];
		int count = 0;
		@Nullable UUID after = null;
		while (true) {
			List<UUID> page = source.storyIds(after, PAGE);
			for (UUID id : page) {
				if (count + 2 > ids.length) {
					ids = java.util.Arrays.copyOf(ids, ids.length * 2);
				}
				ids[count++] = id.getMostSignificantBits();
				ids[count++] = id.getLeastSignificantBits();
			}
			if (page.size() < PAGE) {
				return java.util.Arrays.copyOf(ids, count);
			}
			after = page.get(page.size() - 1);
		}
	}

}

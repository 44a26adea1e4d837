package nl.meesterschap.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index directory: a writer, near-real-time searchers, and the commit data that says how far the feed
 * has been applied ({@code feed.sequence}), which database it follows ({@code feed.origin}) and which analysis
 * built it ({@code analysis}). Readers only see what {@link #commit} or {@link #refresh} publishes, so a rebuild
 * in place stays invisible until it is complete. A directory that cannot be read is emptied and starts again.
 */
final class SearchIndex implements Closeable {

	static final String SEQUENCE = "feed.sequence";

	static final String ORIGIN = "feed.origin";

	static final String ANALYSIS = "analysis";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean recreated;

	private SearchIndex(Path path, Directory directory, IndexWriter writer, boolean recreated) throws IOException {
		this.path = path;
		this.directory = directory;
		this.writer = writer;
		this.recreated = recreated;
		this.searchers = new SearcherManager(writer, null);
	}

	/** Opens (or creates) the index at {@code path}; fails with LockObtainFailedException when another holds it. */
	static SearchIndex open(Path path, DutchAnalysis analysis) throws IOException {
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		try {
			boolean recreated = !readable(directory);
			if (recreated) {
				log.warn("Search index at {} cannot be read; it is emptied and rebuilt", path);
				wipe(directory);
			}
			IndexWriter writer = new IndexWriter(directory, config(analysis, recreated));
			try {
				return new SearchIndex(path, directory, writer, recreated);
			}
			catch (IOException | RuntimeException e) {
				writer.rollback();
				throw e;
			}
		}
		catch (IOException | RuntimeException e) {
			directory.close();
			throw e;
		}
	}

	private static boolean readable(Directory directory) {
		try {
			if (DirectoryReader.indexExists(directory)) {
				DirectoryReader.open(directory).close();
			}
			return true;
		}
		catch (IOException | RuntimeException unreadable) {
			log.debug("Unreadable index", unreadable);
			return false;
		}
	}

	/** Deletes every index file, holding the write lock so no other process is using them. */
	private static void wipe(Directory directory) throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			for (String file : directory.listAll()) {
				if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
					directory.deleteFile(file);
				}
			}
		}
	}

	private static IndexWriterConfig config(DutchAnalysis analysis, boolean create) {
		Map<String, Analyzer> perField = new HashMap<>();
		perField.put(Fields.PLAIN, analysis.plain());
		perField.put(Fields.TITLE_PLAIN, analysis.plain());
		IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analysis.index(), perField));
		config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		config.setCommitOnClose(false);
		return config;
	}

	Path path() {
		return path;
	}

	/** True when the directory was unreadable and had to start empty. */
	boolean recreated() {
		return recreated;
	}

	/** The commit data of the last commit (empty for a new index). */
	Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(e -> data.put(e.getKey(), e.getValue()));
		}
		return data;
	}

	long sequence() {
		return Long.parseLong(commitData().getOrDefault(SEQUENCE, "-1"));
	}

	void upsert(IndexedItem item) throws IOException {
		writer.updateDocument(new Term(Fields.KEY, item.key()), ItemDocuments.document(item));
	}

	void add(IndexedItem item) throws IOException {
		writer.addDocument(ItemDocuments.document(item));
	}

	void delete(String key) throws IOException {
		writer.deleteDocuments(new Term(Fields.KEY, key));
	}

	void deleteGroup(String group) throws IOException {
		writer.deleteDocuments(new Term(Fields.GROUP, group));
	}

	/** Empties the index; readers still see the old content until the next commit. */
	void deleteAll() throws IOException {
		writer.deleteAll();
	}

	/** Makes the changes durable with the feed position they reflect, and visible to searches. */
	void commit(long sequence, String origin, String analysis) throws IOException {
		writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(sequence), ORIGIN, origin, ANALYSIS, analysis).entrySet());
		writer.commit();
		refresh();
	}

	void refresh() throws IOException {
		searchers.maybeRefreshBlocking();
	}

	/** Throws away uncommitted changes (after a failed rebuild); the index must be opened again after this. */
	void rollback() throws IOException {
		searchers.close();
		writer.rollback();
		directory.close();
	}

	<T> T withSearcher(Function<IndexSearcher, T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int documents() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	long sizeInBytes() {
		try (Stream<Path> files = Files.list(path)) {
			return files.mapToLong(file -> file.toFile().length()).sum();
		}
		catch (IOException e) {
			return 0;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			searchers.close();
			writer.rollback();
		}
		finally {
			directory.close();
		}
	}

}

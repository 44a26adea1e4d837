package nl.meesterschap.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this process keeps its index. Normally {@code <data-dir>/index} (or {@code meesterschap.search.index-dir}).
 * An in-memory database gets a throwaway index next to it, and so does a process that finds the directory locked
 * by another (a second test context, say): the index is a projection, so a private one is correct, only slower to
 * start. Throwaway directories are deleted at shutdown.
 */
record IndexLocation(Path path, boolean throwaway) {

	private static final Logger log = LoggerFactory.getLogger(IndexLocation.class);

	static IndexLocation choose(Path configured, boolean inMemoryDatabase, boolean mayFallBack) {
		if (inMemoryDatabase) {
			return throwawayNextTo(configured);
		}
		if (mayFallBack && locked(configured)) {
			IndexLocation fallback = throwawayNextTo(configured);
			log.warn("Search index at {} is in use by another process; this one builds its own at {}", configured,
					fallback.path());
			return fallback;
		}
		return new IndexLocation(configured, false);
	}

	private static IndexLocation throwawayNextTo(Path configured) {
		Path parent = configured.toAbsolutePath().getParent();
		return new IndexLocation(parent.resolve(configured.getFileName() + "-" + UUID.randomUUID()), true);
	}

	private static boolean locked(Path path) {
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (Directory directory = FSDirectory.open(path); Lock lock = directory.obtainLock("write.lock")) {
			return false;
		}
		catch (LockObtainFailedException e) {
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	/** Deletes a throwaway directory with everything in it. */
	void cleanUp() {
		if (!throwaway || !Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			log.warn("Could not delete the throwaway search index at {}: {}", path, e.toString());
		}
	}

}

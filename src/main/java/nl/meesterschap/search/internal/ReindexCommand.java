package nl.meesterschap.search.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.stereotype.Component;

import nl.meesterschap.web.CliCommand;

/**
 * {@code java -jar meesterschap.jar reindex}: rebuilds this node's search index from the database with a progress
 * line. Stop the server on this node first (it holds the index); other nodes are not affected.
 */
@Component
class ReindexCommand implements CliCommand {

	private static final int BAR = 30;

	private final IndexNode node;

	ReindexCommand(IndexNode node) {
		this.node = node;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String description() {
		return "rebuild this node's search index from the database (stop the server first)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		out.println("Rebuilding the search index at " + node.path());
		try {
			long items = node.rebuildNow(progress -> out.print("\r" + line(progress)));
			RebuildProgress done = node.progress();
			out.println("\r" + line(done));
			out.printf("Done: %,d items indexed in %d s.%n", items, done.seconds());
			return 0;
		}
		catch (LockObtainFailedException locked) {
			out.println("The index at " + node.path() + " is in use by a running server. Stop it first, "
					+ "or rebuild from the admin page (/beheer/zoeken).");
			return 1;
		}
	}

	static String line(RebuildProgress progress) {
		int filled = progress.percent() * BAR / 100;
		return String.format("[%s%s] %3d%%  %,d/%,d  %,d/s   ", "#".repeat(filled), " ".repeat(BAR - filled),
				progress.percent(), progress.done(), progress.total(), progress.rate());
	}

}

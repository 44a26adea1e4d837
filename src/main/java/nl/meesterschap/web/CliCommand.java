package nl.meesterschap.web;

import java.io.PrintStream;
import java.util.List;

/**
 * An admin task on the command line of the same jar: {@code java -jar meesterschap.jar <name> [args]}. The
 * application then starts without its web server, runs the command and exits with its return code.
 */
public interface CliCommand {

	/** The word after the jar, e.g. {@code reindex}. */
	String name();

	/** One line for {@code help}. */
	String description();

	/** Runs the command; 0 means success. */
	int run(List<String> args, PrintStream out) throws Exception;

}

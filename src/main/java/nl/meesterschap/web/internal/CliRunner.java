package nl.meesterschap.web.internal;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.meesterschap.web.CliCommand;

/** Runs the command named on the command line (see {@link CliCommand}) once everything has started. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty("meesterschap.cli.command")
class CliRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<CliCommand> commands;

	private final String command;

	private int exitCode;

	CliRunner(List<CliCommand> commands, @Value("${meesterschap.cli.command}") String command) {
		this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		PrintStream out = System.out;
		Optional<CliCommand> chosen = commands.stream().filter(c -> c.name().equals(command)).findFirst();
		if (chosen.isEmpty()) {
			if (!command.equals("help")) {
				out.println("Unknown command: " + command);
			}
			out.println("Usage: java -jar meesterschap.jar <command> [arguments]");
			commands.forEach(c -> out.printf("  %-16s %s%n", c.name(), c.description()));
			exitCode = command.equals("help") ? 0 : 2;
			return;
		}
		exitCode = chosen.get().run(args.getNonOptionArgs().stream().skip(1).toList(), out);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}

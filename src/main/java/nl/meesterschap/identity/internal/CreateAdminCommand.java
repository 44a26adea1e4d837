package nl.meesterschap.identity.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.OrganisationKind;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.web.CliCommand;
import nl.meesterschap.web.InvalidInputException;

/**
 * The first administrator of a new installation (server mode has no demo data):
 * {@code java -jar meesterschap.jar create-admin organisation=gemeente-x "organisation-name=Gemeente X"
 * username=beheer email=beheer@gemeente-x.nl "name=Functioneel Beheer"}. Prints the invitation link.
 */
@Component
class CreateAdminCommand implements CliCommand {

	private final OrganisationRepository organisations;

	private final Administration administration;

	private final String publicUrl;

	private final Clock clock;

	CreateAdminCommand(OrganisationRepository organisations, Administration administration, @Value("${meesterschap.public-url}") String publicUrl, Clock clock) {
		this.organisations = organisations;
		this.administration = administration;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "create-admin";
	}

	@Override
	public String description() {
		return "organisation=<slug> organisation-name=<name> [kind=MUNICIPALITY|PARTNER] username= email= name=  "
				+ "(first admin; prints the invitation link)";
	}

	@Override
	@Transactional
	public int run(List<String> args, PrintStream out) {
		Map<String, String> values = new HashMap<>();
		args.forEach(arg -> {
			int eq = arg.indexOf('=');
			if (eq > 0) {
				values.put(arg.substring(0, eq), arg.substring(eq + 1));
			}
		});
		for (String required : List.of("organisation", "username", "email", "name")) {
			if (!values.containsKey(required)) {
				out.println("Missing " + required + "=...  Usage: create-admin " + description());
				return 2;
			}
		}
		String slug = Slugs.of(values.get("organisation"));
		OrganisationSummary organisation = organisations.findBySlug(slug).orElseGet(() -> organisations.create(slug,
				values.getOrDefault("organisation-name", values.get("organisation")),
				OrganisationKind.valueOf(values.getOrDefault("kind", "MUNICIPALITY")), clock.instant()));
		try {
			UUID system = new UUID(0, 0);
			var added = administration.addPerson(system, organisation, new PersonDetails(values.get("name"),
					values.get("email"), values.get("username"), null, Set.of(Role.ADMIN), List.of()));
			out.println("Administrator " + values.get("username") + " added to " + organisation.name() + ".");
			out.println("Invitation (valid until " + added.invitation().expiresAt() + "):");
			out.println("  " + publicUrl + added.invitation().path());
			return 0;
		}
		catch (InvalidInputException e) {
			e.violations().forEach(v -> out.println("Refused: " + v));
			return 1;
		}
	}

}

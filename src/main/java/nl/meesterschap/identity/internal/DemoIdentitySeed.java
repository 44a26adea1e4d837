package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.OrganisationKind;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.TeamSummary;

/**
 * The fictional municipality Lindewaarde with two partner organisations, four teams, one network and the demo
 * accounts listed in the README. Runs once, on the first start with an empty database, when demo data is on.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoIdentitySeed implements ApplicationRunner {

	static final String DEMO_PASSWORD = "Lindewaarde-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoIdentitySeed.class);

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final NetworkRepository networks;

	private final PersonRepository persons;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	DemoIdentitySeed(OrganisationRepository organisations, TeamRepository teams, NetworkRepository networks,
			PersonRepository persons, PasswordEncoder passwordEncoder, Clock clock) {
		this.organisations = organisations;
		this.teams = teams;
		this.networks = networks;
		this.persons = persons;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!organisations.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		OrganisationSummary gemeente = organisations.create("lindewaarde", "Gemeente Lindewaarde",
				OrganisationKind.MUNICIPALITY, now);
		OrganisationSummary welzijn = organisations.create("welzijn-lindewaarde", "Welzijn Lindewaarde",
				OrganisationKind.PARTNER, now);
		OrganisationSummary jeugdhulp = organisations.create("jeugdhulp-de-linde", "Jeugdhulp De Linde",
				OrganisationKind.PARTNER, now);

		Map<String, TeamSummary> team = new HashMap<>();
		team.put("noord", teams.create(gemeente.id(), "wijkteam-noord", "Wijkteam Noord",
				"Sociaal wijkteam voor Lindewaarde-Noord: generalisten en Wmo-consulenten.", now));
		team.put("zuid", teams.create(gemeente.id(), "wijkteam-zuid", "Wijkteam Zuid",
				"Sociaal wijkteam voor Lindewaarde-Zuid.", now));
		team.put("werk", teams.create(gemeente.id(), "werk-en-inkomen", "Werk en Inkomen",
				"Werkcoaches en consulenten Participatiewet.", now));
		team.put("jeugd", teams.create(jeugdhulp.id(), "jeugd-en-gezinsteam", "Jeugd- en gezinsteam",
				"Jeugd- en gezinswerkers van Jeugdhulp De Linde.", now));

		String hash = passwordEncoder.encode(DEMO_PASSWORD);
		Map<String, UUID> person = new HashMap<>();
		List<DemoPerson> demo = List.of(
				new DemoPerson("anouk", "Anouk de Vries", "Generalist sociaal wijkteam", gemeente, "noord", Role.PROFESSIONAL),
				new DemoPerson("bram", "Bram Jansen", "Wmo-consulent", gemeente, "noord", Role.PROFESSIONAL),
				new DemoPerson("chantal", "Chantal Bakker", "Generalist schuldhulp", gemeente, "noord", Role.PROFESSIONAL),
				new DemoPerson("dewi", "Dewi Pranoto", "Wmo-consulent", gemeente, "zuid", Role.PROFESSIONAL),
				new DemoPerson("emre", "Emre Yilmaz", "Werkcoach", gemeente, "werk", Role.PROFESSIONAL),
				new DemoPerson("fleur", "Fleur Smit", "Consulent werk en inkomen", gemeente, "werk", Role.PROFESSIONAL),
				new DemoPerson("gert", "Gert Mulder", "Teamleider Wijkteam Noord", gemeente, "noord", Role.TEAM_LEAD),
				new DemoPerson("hanneke", "Hanneke Visser", "Teamleider Wijkteam Zuid", gemeente, "zuid", Role.TEAM_LEAD),
				new DemoPerson("ilse", "Ilse van den Berg", "Beleidsadviseur sociaal domein", gemeente, null, Role.POLICY_ADVISOR),
				new DemoPerson("jeroen", "Jeroen Kok", "Generalist en moderator", gemeente, "zuid", Role.PROFESSIONAL, Role.MODERATOR),
				new DemoPerson("karin", "Karin Meijer", "Privacyfunctionaris", gemeente, null, Role.PRIVACY_OFFICER),
				new DemoPerson("lucas", "Lucas de Boer", "Functioneel beheerder", gemeente, null, Role.ADMIN),
				new DemoPerson("mirjam", "Mirjam Hendriks", "Jeugd- en gezinswerker", jeugdhulp, "jeugd", Role.PROFESSIONAL),
				new DemoPerson("noor", "Noor El Amrani", "Jeugdprofessional", jeugdhulp, "jeugd", Role.PROFESSIONAL),
				new DemoPerson("sanne", "Sanne de Wit", "Functioneel beheerder", jeugdhulp, null, Role.ADMIN),
				new DemoPerson("olaf", "Olaf Peters", "Maatschappelijk werker", welzijn, null, Role.PROFESSIONAL));
		for (DemoPerson p : demo) {
			UUID id = persons.create(p.organisation().id(), p.username(), p.username() + "@" + p.organisation().slug() + ".example",
					p.name(), p.jobTitle(), hash, now);
			persons.setRoles(id, p.organisation().id(), p.roles());
			if (p.team() != null) {
				teams.setMemberships(id, List.of(team.get(p.team()).id()));
			}
			person.put(p.username(), id);
		}

		var noord = networks.create(gemeente.id(), "netwerk-noord", "Netwerk Noord",
				"Wijkteam Noord met Welzijn Lindewaarde en Jeugdhulp De Linde: samen rond gezinnen in Noord.", now);
		networks.addOrganisation(noord.id(), welzijn.id());
		networks.addOrganisation(noord.id(), jeugdhulp.id());
		List.of("anouk", "bram", "chantal", "gert", "mirjam", "olaf")
			.forEach(username -> networks.addMember(noord.id(), person.get(username)));
		log.info("Demo data: Lindewaarde with {} accounts (password for all: {})", demo.size(), DEMO_PASSWORD);
	}

	private record DemoPerson(String username, String name, String jobTitle, OrganisationSummary organisation,
			@org.jspecify.annotations.Nullable String team, Set<Role> roles) {

		DemoPerson(String username, String name, String jobTitle, OrganisationSummary organisation,
				@org.jspecify.annotations.Nullable String team, Role first, Role... rest) {
			this(username, name, jobTitle, organisation, team, EnumSet.of(first, rest));
		}

	}

}

package nl.meesterschap.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.KoersRepository.KoersRow;
import nl.meesterschap.policy.internal.KoersRepository.VersionStatus;

/**
 * Lindewaarde's koers "Samen dichtbij" in its two published versions, from {@code demo/koers-lindewaarde.json}.
 * Runs after the identity seed, once, when the policy tables are empty; it announces nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoKoersSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoKoersSeed.class);

	private static final String SOURCE = "demo/koers-lindewaarde.json";

	private final KoersRepository koersen;

	private final People people;

	private final JsonMapper json;

	DemoKoersSeed(KoersRepository koersen, People people, JsonMapper json) {
		this.koersen = koersen;
		this.people = people;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!koersen.isEmpty()) {
			return;
		}
		DemoKoers demo = read();
		OrganisationSummary organisation = people.organisationBySlug(demo.organisation()).orElse(null);
		if (organisation == null) {
			return;
		}
		Instant first = demo.versions().stream().map(DemoVersion::publishedAt).min(Instant::compareTo).orElseThrow();
		KoersRow koers = koersen.createKoers(organisation.id(), demo.title(), demo.period(), first);
		for (DemoVersion version : demo.versions()) {
			UUID publisher = people.personByUsername(version.publishedBy()).map(PersonSummary::id).orElse(null);
			UUID versionId = koersen.createVersion(koers.id(), version.version(), VersionStatus.PUBLISHED,
					version.vision(), version.changeNote(), version.publishedAt(), publisher, version.publishedAt());
			koersen.replacePrinciples(versionId, version.principles());
		}
		log.info("Demo data: koers '{}' of {} with {} versions", demo.title(), organisation.name(),
				demo.versions().size());
	}

	private DemoKoers read() {
		try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
			return json.readValue(in, DemoKoers.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + SOURCE, e);
		}
	}

	record DemoKoers(String organisation, String title, String period, List<DemoVersion> versions) {
	}

	record DemoVersion(int version, Instant publishedAt, String publishedBy, @Nullable String changeNote,
			String vision, List<Principle> principles) {
	}

}

package nl.meesterschap.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
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

import tools.jackson.databind.json.JsonMapper;

import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.CircleMemberships.CircleRef;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * The demo signals (src/main/resources/demo/signals.json), raised, recognised and answered through the module's
 * own services, so the same rules and privacy guard apply; nothing is announced. The two adopted ones are dated
 * around version 2 of the demo koers they led to, the rest relative to today. Runs once, after the stories,
 * conversations and circles are seeded.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoSignalSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSignalSeed.class);

	private final SignalRepository repository;

	private final SignalService signals;

	private final EndorsementService endorsements;

	private final AnswerService answers;

	private final People people;

	private final Stories stories;

	private final JsonMapper json;

	private final Clock clock;

	DemoSignalSeed(SignalRepository repository, SignalService signals, EndorsementService endorsements,
			AnswerService answers, People people, Stories stories, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.signals = signals;
		this.endorsements = endorsements;
		this.answers = answers;
		this.people = people;
		this.stories = stories;
		this.json = json;
		this.clock = clock;
	}

	/** Not one transaction: each signal is seeded through the services' own, so a refused one leaves the rest. */
	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!repository.isEmpty() || people.personByUsername("anouk").isEmpty()) {
			return;
		}
		Demo demo;
		try (InputStream in = new ClassPathResource("demo/signals.json").getInputStream()) {
			demo = json.readValue(in, Demo.class);
		}
		int seeded = 0;
		for (DemoSignal d : demo.signals()) {
			try {
				seed(d);
				seeded++;
			}
			catch (InvalidInputException | PrivacyRefusedException | ApiProblemException e) {
				log.warn("Demo signal '{}' left out: {}", d.key(), e.getMessage());
			}
		}
		log.info("Demo data: {} signals", seeded);
	}

	private void seed(DemoSignal d) {
		UUID raiser = person(d.raiser());
		Instant now = clock.instant();
		Instant raisedAt = d.raisedAt() != null ? d.raisedAt()
				: now.minus(Duration.ofDays(d.daysAgo() == null ? 0 : d.daysAgo())).minus(Duration.ofMinutes(23L * d.key().length()));
		UUID circle = d.circle() == null ? null : people.circlesOf(raiser).stream()
			.filter(c -> c.name().equals(d.circle()))
			.map(CircleRef::id)
			.findFirst()
			.orElse(null);
		Signal signal = signals.raise(raiser, new RaiseCommand(UUID.randomUUID(), d.title(), d.description(), d.kind(),
				d.domains(), d.principles(), evidence(d.evidence()), circle, d.audience(), null,
				Boolean.TRUE.equals(d.anonymous())), raisedAt);
		for (DemoEndorsement e : d.endorsements()) {
			endorsements.endorse(person(e.by()), signal.id(), evidence(e.evidence()), at(raisedAt, e.daysAfter(), null, now));
		}
		for (DemoChange c : d.changes()) {
			answers.change(person(c.by()), signal.id(), new StatusCommand(UUID.randomUUID(), c.status(), c.response(),
					c.koersVersion(), c.principle()), at(raisedAt, c.daysAfter(), c.at(), now));
		}
	}

	private List<EvidenceRef> evidence(@Nullable List<DemoEvidence> evidence) {
		if (evidence == null) {
			return List.of();
		}
		return evidence.stream().map(e -> stories.ownedBy(people.viewer(person(e.author()))).stream()
			.filter(s -> s.title().equals(e.story()))
			.map(StorySummary::id)
			.findFirst()
			.map(EvidenceRef::story)
			.orElseThrow(() -> new InvalidInputException("evidence", "signals.evidence.not-visible")))
			.toList();
	}

	/** A moment some days after the signal was raised (never in the future), or the given moment. */
	private static Instant at(Instant raisedAt, @Nullable Integer daysAfter, @Nullable Instant at, Instant now) {
		Instant when = at != null ? at
				: raisedAt.plus(Duration.ofDays(daysAfter == null ? 0 : daysAfter)).plus(Duration.ofHours(3));
		return when.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : when;
	}

	private UUID person(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	record Demo(List<DemoSignal> signals) {
	}

	record DemoSignal(String key, String title, String description, SignalKind kind, String raiser,
			@Nullable Boolean anonymous, @Nullable String circle, @Nullable AudienceKind audience, List<Domain> domains,
			List<String> principles, @Nullable Instant raisedAt, @Nullable Integer daysAgo, @Nullable List<DemoEvidence> evidence,
			List<DemoEndorsement> endorsements, List<DemoChange> changes) {

		DemoSignal {
			endorsements = endorsements == null ? List.of() : endorsements;
			changes = changes == null ? List.of() : changes;
		}

	}

	record DemoEvidence(String story, String author) {
	}

	record DemoEndorsement(String by, @Nullable Integer daysAfter, @Nullable List<DemoEvidence> evidence) {
	}

	record DemoChange(String by, SignalStatus status, @Nullable Integer daysAfter, @Nullable Instant at,
			String response, @Nullable Integer koersVersion, @Nullable String principle) {
	}

}

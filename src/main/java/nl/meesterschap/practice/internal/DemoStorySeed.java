package nl.meesterschap.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.web.InvalidInputException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo practice stories (src/main/resources/demo/stories.json): written by the demo people, published over
 * the past months. Each passes the same rules and privacy guard as a real story; one that would not stays a draft.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoStorySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStorySeed.class);

	private final StoryRepository stories;

	private final ReflectionModels models;

	private final People people;

	private final Koersen koersen;

	private final PrivacyGuard guard;

	private final JsonMapper json;

	private final Clock clock;

	DemoStorySeed(StoryRepository stories, ReflectionModels models, People people, Koersen koersen, PrivacyGuard guard,
			JsonMapper json, Clock clock) {
		this.stories = stories;
		this.models = models;
		this.people = people;
		this.koersen = koersen;
		this.guard = guard;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!stories.isEmpty() || people.personByUsername("anouk").isEmpty()) {
			return;
		}
		List<DemoStory> demo;
		try (InputStream in = new ClassPathResource("demo/stories.json").getInputStream()) {
			demo = List.of(json.readValue(in, DemoStory[].class));
		}
		int published = 0;
		for (DemoStory d : demo) {
			PersonSummary author = people.personByUsername(d.author()).orElseThrow();
			Viewer viewer = people.viewer(author.id());
			KoersVersion koers = koersen.applicableTo(viewer).orElse(null);
			UUID koersOrganisation = koers == null ? author.organisationId() : koers.organisationId();
			ReflectionModel model = models.get(d.model());
			StoryContent content;
			try {
				content = StoryRules.check(new StoryContent(d.title(), d.domains(), d.tags(), d.steps(),
						d.principles().stream().map(p -> new PrincipleLink(koersOrganisation, p.code(), p.note())).toList(),
						d.discretionUsed(), d.discretionNote(), audience(d.audience(), viewer)), model, viewer, koers,
						d.status() == StoryStatus.PUBLISHED);
			}
			catch (InvalidInputException e) {
				log.warn("Demo story '{}' left out: {}", d.key(), e.violations());
				continue;
			}
			UUID id = UUID.randomUUID();
			List<FieldFinding> findings = guard.blocking(StoryService.subject(id), content.sharedTexts());
			StoryStatus status = d.status();
			if (status == StoryStatus.PUBLISHED && !findings.isEmpty()) {
				log.warn("Demo story '{}' stays a draft: the privacy guard finds {}", d.key(),
						findings.stream().map(f -> f.field() + ":" + f.finding().type()).toList());
				status = StoryStatus.DRAFT;
			}
			Instant at = clock.instant().minus(Duration.ofDays(d.daysAgo())).minus(Duration.ofMinutes(37L * d.key().length()));
			stories.insert(new Story(id, author.id(), author.organisationId(), model.code(), content, status, 0,
					at.minus(Duration.ofHours(3)), at, status == StoryStatus.PUBLISHED ? at : null));
			if (status == StoryStatus.PUBLISHED) {
				published++;
			}
		}
		log.info("Demo data: {} practice stories ({} published)", demo.size(), published);
	}

	private static Audience audience(String kind, Viewer author) {
		return switch (AudienceKind.valueOf(kind)) {
			case PRIVATE -> Audience.privateToOwner();
			case CIRCLE -> Audience.circle(author.circleIds().iterator().next());
			case TEAM -> Audience.team(author.teamIds().iterator().next());
			case ORGANISATION -> Audience.organisation(author.organisationId());
			case NETWORK -> Audience.network(author.networkIds().iterator().next());
			case PLATFORM -> Audience.platform();
		};
	}

	record DemoStory(String key, String title, String author, String model, List<Domain> domains, List<String> tags,
			Map<String, String> steps, List<DemoPrinciple> principles, boolean discretionUsed,
			@Nullable String discretionNote, String audience, StoryStatus status, int daysAgo) {
	}

	record DemoPrinciple(String code, @Nullable String note) {
	}

}

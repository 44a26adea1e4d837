package nl.meesterschap.digest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryDocument;

/**
 * The demo digests (src/main/resources/digest/demo-digests.json): Lindewaarde's general, domain and Netwerk Noord
 * digests and those of the demo circles, some members' choices, a few reactions so this month's stories differ per
 * team, and one sent edition (last month's general digest, with an intro and a pinned story by team lead Gert), so
 * the archive has something to show. Everything goes through the module's own services and the other modules' APIs.
 * Runs once, after the other demo data.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoDigestSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDigestSeed.class);

	private final DigestRepository digests;

	private final DigestCatalogue catalogue;

	private final Subscriptions subscriptions;

	private final Editing editing;

	private final EditionSending sending;

	private final People people;

	private final Stories stories;

	private final Conversations conversations;

	private final JsonMapper json;

	private final Clock clock;

	DemoDigestSeed(DigestRepository digests, DigestCatalogue catalogue, Subscriptions subscriptions, Editing editing,
			EditionSending sending, People people, Stories stories, Conversations conversations, JsonMapper json,
			Clock clock) {
		this.digests = digests;
		this.catalogue = catalogue;
		this.subscriptions = subscriptions;
		this.editing = editing;
		this.sending = sending;
		this.people = people;
		this.stories = stories;
		this.conversations = conversations;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!digests.all().isEmpty() || people.personByUsername("gert").isEmpty()) {
			return;
		}
		Demo demo;
		try (InputStream in = new ClassPathResource("digest/demo-digests.json").getInputStream()) {
			demo = json.readValue(in, Demo.class);
		}
		OrganisationSummary organisation = people.organisationBySlug(demo.organisation()).orElseThrow();
		List<Digest> own = catalogue.forOrganisation(organisation.id());
		for (OrganisationSummary each : people.organisations()) {
			people.audienceMembers(each.id(), nl.meesterschap.identity.Audience.organisation(each.id()))
				.forEach(p -> catalogue.availableTo(people.viewer(p.id())));
		}
		for (DemoSubscription s : demo.subscriptions()) {
			Digest digest = own.stream().filter(d -> d.theme() == s.digest())
				.filter(d -> s.domain() == null || s.domain() == d.domain())
				.filter(d -> s.network() == null
						|| people.network(d.scopeId()).map(n -> n.slug().equals(s.network())).orElse(false))
				.findFirst()
				.orElseThrow();
			subscriptions.subscribe(person(s.person()), digest.id(), s.frequency());
		}
		Map<String, UUID> titles = storyTitles();
		for (DemoReaction r : demo.reactions()) {
			UUID story = titles.get(r.story());
			if (story != null) {
				r.by().forEach(username -> conversations.react(person(username), "story", story, r.kind()));
			}
		}
		Instant now = clock.instant();
		Digest general = own.get(0);
		Period lastMonth = Frequency.MONTHLY.previous(Frequency.MONTHLY.periodOf(now));
		UUID editor = person(demo.edition().editor());
		Edition edition = editing.draft(general, Frequency.MONTHLY, lastMonth, editor);
		editing.intro(editor, edition.id(), demo.edition().intro());
		demo.edition().pins().stream().map(titles::get).filter(java.util.Objects::nonNull)
			.forEach(id -> editing.pin(editor, edition.id(), new Pin(Pin.Kind.STORY, id)));
		sending.start(edition.id(), editor, now);
		EditionSending.Progress sent = sending.send(edition.id(), now, Duration.ofMinutes(5));
		log.info("Demo data: {} digests, one sent edition of '{}' ({} mails in the outbox)", digests.all().size(),
				general.title(), sent.mails());
	}

	private Map<String, UUID> storyTitles() {
		Map<String, UUID> titles = new HashMap<>();
		List<UUID> ids = new ArrayList<>();
		UUID after = null;
		do {
			ids = stories.publishedIds(after, 500);
			stories.documents(ids).forEach((StoryDocument d) -> titles.put(d.title(), d.id()));
			after = ids.isEmpty() ? null : ids.get(ids.size() - 1);
		}
		while (ids.size() == 500);
		return titles;
	}

	private UUID person(String username) {
		return people.personByUsername(username).map(PersonSummary::id).orElseThrow();
	}

	record Demo(String organisation, List<DemoSubscription> subscriptions, List<DemoReaction> reactions,
			DemoEdition edition) {
	}

	record DemoSubscription(String person, Theme digest, @Nullable Domain domain, @Nullable String network,
			Frequency frequency) {
	}

	record DemoReaction(String story, ReactionKind kind, List<String> by) {
	}

	record DemoEdition(String editor, String intro, List<String> pins) {
	}

}

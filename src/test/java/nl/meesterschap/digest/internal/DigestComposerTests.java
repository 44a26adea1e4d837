package nl.meesterschap.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;

/**
 * One reader's copy, without a database: the same frozen edition gives each reader only what the access policy lets
 * them see, pins they may not see vanish without a trace, and nothing is repeated.
 */
class DigestComposerTests {

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	final UUID organisation = UUID.randomUUID();

	final UUID teamNorth = UUID.randomUUID();

	final UUID teamSouth = UUID.randomUUID();

	final UUID circle = UUID.randomUUID();

	final Viewer north = new Viewer(UUID.randomUUID(), organisation, Set.of(teamNorth), Set.of(), Set.of(circle),
			Map.of(organisation, Set.of(Role.PROFESSIONAL)));

	final Viewer south = new Viewer(UUID.randomUUID(), organisation, Set.of(teamSouth), Set.of(),
			Map.of(organisation, Set.of(Role.PROFESSIONAL)));

	final Viewer policy = new Viewer(UUID.randomUUID(), organisation, Set.of(), Set.of(),
			Map.of(organisation, Set.of(Role.POLICY_ADVISOR)));

	final StoryItem forEveryone = story("Voor iedereen in de gemeente", Audience.organisation(organisation), south);

	final StoryItem forNorth = story("Alleen voor Wijkteam Noord", Audience.team(teamNorth), north);

	final StoryItem privateDraftOfSouth = story("Alleen voor de schrijver", Audience.privateToOwner(), south);

	final SignalItem signalForNorth = signal("Signaal van Noord", Audience.team(teamNorth));

	final SessionItem session = new SessionItem(UUID.randomUUID(), circle, "Intervisie Noord", null, null,
			"Incidentmethode", NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)),
			"Wijkcentrum", false, "/leerkringen/x");

	@Test
	void a_team_only_story_reaches_only_that_teams_members_and_its_author() {
		Snapshot edition = edition(List.of(), List.of(forNorth, forEveryone, privateDraftOfSouth), List.of(), List.of());

		assertThat(titles(DigestComposer.compose(edition, north, List.of(), List.of())))
			.containsExactly("Alleen voor Wijkteam Noord", "Voor iedereen in de gemeente");
		assertThat(titles(DigestComposer.compose(edition, south, List.of(), List.of())))
			.containsExactly("Voor iedereen in de gemeente", "Alleen voor de schrijver");
		assertThat(titles(DigestComposer.compose(edition, policy, List.of(), List.of())))
			.containsExactly("Voor iedereen in de gemeente");
	}

	@Test
	void a_signal_reaches_its_audience_and_the_policy_side_that_answers_it() {
		Snapshot edition = edition(List.of(), List.of(), List.of(signalForNorth), List.of());

		assertThat(DigestComposer.compose(edition, north, List.of(), List.of()).newSignals()).hasSize(1);
		assertThat(DigestComposer.compose(edition, policy, List.of(), List.of()).newSignals()).hasSize(1);
		DigestContent southCopy = DigestComposer.compose(edition, south, List.of(), List.of());
		assertThat(southCopy.newSignals()).isEmpty();
		assertThat(southCopy.isEmpty()).as("nothing for South: no mail").isTrue();
	}

	@Test
	void sessions_reach_only_members_of_their_circle_within_the_window() {
		Snapshot edition = edition(List.of(), List.of(forEveryone), List.of(), List.of());
		SessionItem later = new SessionItem(UUID.randomUUID(), circle, "Intervisie Noord", null, null, "Incidentmethode",
				NOW.plus(Duration.ofDays(60)), NOW.plus(Duration.ofDays(60)), null, true, "/leerkringen/y");

		assertThat(DigestComposer.compose(edition, north, List.of(session, later), List.of()).sessions())
			.containsExactly(session);
		assertThat(DigestComposer.compose(edition, south, List.of(session, later), List.of()).sessions()).isEmpty();
	}

	@Test
	void a_pin_the_reader_may_not_see_vanishes_and_a_visible_pin_is_not_repeated_further_on() {
		List<Pin> pins = List.of(new Pin(Pin.Kind.STORY, forNorth.id()), new Pin(Pin.Kind.STORY, forEveryone.id()),
				new Pin(Pin.Kind.SESSION, session.id()));
		Snapshot edition = new Snapshot(UUID.randomUUID(), UUID.randomUUID(), "Gemeente Lindewaarde", Theme.GENERAL,
				organisation, null, null, Frequency.MONTHLY, Instant.parse("2026-10-31T23:00:00Z"),
				Instant.parse("2026-11-30T23:00:00Z"), NOW, NOW, NOW.plus(Duration.ofDays(30)), "Inleiding", pins,
				List.of(forNorth, forEveryone), List.of(), List.of(), List.of(), List.of(forNorth, forEveryone),
				List.of(), List.of(session));

		DigestContent northCopy = DigestComposer.compose(edition, north, List.of(session), List.of());
		assertThat(northCopy.pinned()).extracting(DigestContent.Entry::title)
			.containsExactly("Alleen voor Wijkteam Noord", "Voor iedereen in de gemeente", "Intervisie Noord");
		assertThat(northCopy.stories()).isEmpty();
		assertThat(northCopy.sessions()).isEmpty();

		DigestContent southCopy = DigestComposer.compose(edition, south, List.of(session), List.of());
		assertThat(southCopy.pinned()).extracting(DigestContent.Entry::title)
			.containsExactly("Voor iedereen in de gemeente");
		assertThat(southCopy.toString()).doesNotContain("Alleen voor Wijkteam Noord");
	}

	@Test
	void a_domain_digest_shows_no_sessions_and_an_intro_alone_is_no_reason_to_send() {
		Snapshot edition = new Snapshot(UUID.randomUUID(), UUID.randomUUID(), "Wmo", Theme.DOMAIN, organisation,
				Domain.WMO, null, Frequency.WEEKLY, NOW.minus(Duration.ofDays(7)), NOW, NOW, NOW,
				NOW.plus(Duration.ofDays(7)), "Alleen een inleiding", List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());

		DigestContent copy = DigestComposer.compose(edition, north, List.of(session), List.of());
		assertThat(copy.sessions()).isEmpty();
		assertThat(copy.isEmpty()).isTrue();
	}

	private Snapshot edition(List<Pin> pins, List<StoryItem> stories, List<SignalItem> newSignals,
			List<SignalItem> decided) {
		return new Snapshot(UUID.randomUUID(), UUID.randomUUID(), "Gemeente Lindewaarde", Theme.GENERAL, organisation,
				null, null, Frequency.MONTHLY, Instant.parse("2026-10-31T23:00:00Z"),
				Instant.parse("2026-11-30T23:00:00Z"), NOW, NOW, NOW.plus(Duration.ofDays(30)), null, pins, stories,
				newSignals, decided, List.of(), List.of(), List.of(), List.of());
	}

	private StoryItem story(String title, Audience audience, Viewer author) {
		return new StoryItem(UUID.randomUUID(), title, author.personId(), "Auteur", organisation,
				audience.key(author.personId()), List.of(Domain.WMO), 3, 2, 1, NOW.minus(Duration.ofDays(2)));
	}

	private SignalItem signal(String title, Audience audience) {
		return new SignalItem(UUID.randomUUID(), title, "RULE_PINCHES", "RECEIVED", organisation, null, null,
				audience.key(UUID.randomUUID()), List.of(Domain.WMO), 2, NOW.minus(Duration.ofDays(1)), null,
				"/signalen/x");
	}

	private static List<String> titles(DigestContent content) {
		return content.stories().stream().map(StoryItem::title).toList();
	}

}

package nl.meesterschap.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.support.ResourceBundleMessageSource;

import nl.meesterschap.digest.internal.DigestComposer;
import nl.meesterschap.digest.internal.DigestContent;
import nl.meesterschap.digest.internal.DigestMail;
import nl.meesterschap.digest.internal.Frequency;
import nl.meesterschap.digest.internal.KoersItem;
import nl.meesterschap.digest.internal.Pin;
import nl.meesterschap.digest.internal.SessionItem;
import nl.meesterschap.digest.internal.SignalItem;
import nl.meesterschap.digest.internal.Snapshot;
import nl.meesterschap.digest.internal.StoryItem;
import nl.meesterschap.digest.internal.Theme;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.notifications.MailOutbox;
import nl.meesterschap.notifications.OutgoingMail;
import nl.meesterschap.policy.Domain;

/**
 * Composing and queueing one edition of a general digest for N readers (default 100,000), each filtered by the
 * audience policy, next to composing one unfiltered digest N times, in the same JVM and run. Both phases use the
 * production code path of a send batch: {@link DigestComposer#compose} (or, for the baseline, the same lists cut to
 * the same limits without any access check), then {@link DigestMail.Renderer} (Thymeleaf, HTML + text, the shared
 * sections rendered once per distinct set of visible items), then {@link MailOutbox#queue}. The outbox here is an
 * in-memory sink that signs the unsubscribe link (HMAC-SHA256, as the real one does) and counts the bytes it would
 * store, so the numbers leave out the database: reading viewers per batch and inserting the outbox rows. Peak heap
 * is the sum of the heap pools' peak usage in each phase (reset between phases, after a full GC).
 * <p>
 * Synthetic organisation: 100,000 people in 400 teams, 40 networks and 2,000 learning circles (a person is in one
 * team, 0-2 networks and 0-2 circles); the edition holds 300 candidate stories (40% organisation-wide, 45% for one
 * team, 10% for a network, 5% for a circle), 60 new and 40 answered signals (half organisation-wide, half for a
 * team), 2 koers versions, 3 pins, and 4,000 planned sessions (two per circle), looked up per batch of 200 readers as
 * the real send does. Options: {@code readers=N}, {@code rounds=R} (default 1).
 */
public final class DigestBenchmark {

	private static final int TEAMS = 400;

	private static final int NETWORKS = 40;

	private static final int CIRCLES = 2_000;

	private static final int BATCH = 200;

	private DigestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] kv = arg.split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "");
		}
		int readers = Integer.parseInt(options.getOrDefault("readers", "100000"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
		System.out.printf("Java %s, %d cores, max heap %d MB, %,d readers, %d rounds per phase%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, readers, rounds);

		Random random = new Random(42);
		UUID organisation = UUID.randomUUID();
		List<UUID> teams = ids(TEAMS);
		List<UUID> networks = ids(NETWORKS);
		List<UUID> circles = ids(CIRCLES);
		List<Viewer> viewers = new ArrayList<>(readers);
		for (int i = 0; i < readers; i++) {
			Set<UUID> myNetworks = new HashSet<>();
			Set<UUID> myCircles = new HashSet<>();
			for (int n = random.nextInt(3); n > 0; n--) {
				myNetworks.add(networks.get(random.nextInt(NETWORKS)));
			}
			for (int n = random.nextInt(3); n > 0; n--) {
				myCircles.add(circles.get(random.nextInt(CIRCLES)));
			}
			Set<Role> roles = i % 50 == 0 ? Set.of(Role.TEAM_LEAD) : i % 200 == 1 ? Set.of(Role.POLICY_ADVISOR)
					: Set.of(Role.PROFESSIONAL);
			viewers.add(new Viewer(new UUID(1, i), organisation, Set.of(teams.get(i % TEAMS)), myNetworks, myCircles,
					Map.of(organisation, roles)));
		}
		Snapshot snapshot = snapshot(random, organisation, teams, networks, circles, viewers);
		List<SessionItem> sessions = sessions(random, circles, snapshot.sessionsFrom());

		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/digest", "messages/notifications");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SinkOutbox outbox = new SinkOutbox();
		DigestMail mail = new DigestMail(messages, outbox, "https://meesterschap.example");

		// Warm-up: JIT and Thymeleaf's template cache, on a twentieth of the readers.
		run("warm-up (filtered)", Math.max(1, readers / 20), viewers, snapshot, sessions, mail, outbox, true);
		run("warm-up (unfiltered)", Math.max(1, readers / 20), viewers, snapshot, sessions, mail, outbox, false);

		List<Result> filtered = new ArrayList<>();
		List<Result> unfiltered = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			filtered.add(run("per-reader filtering", readers, viewers, snapshot, sessions, mail, outbox, true));
			unfiltered.add(run("one digest, no filtering", readers, viewers, snapshot, sessions, mail, outbox, false));
		}
		Result f = best(filtered);
		Result u = best(unfiltered);
		System.out.println();
		System.out.printf("Best of %d: filtered %.1f s (%,.0f readers/s, compose-only %.2f s, peak heap %d MB), "
				+ "unfiltered %.1f s (%,.0f/s, compose-only %.2f s, peak heap %d MB); ratio %.2f%n", rounds,
				f.seconds, readers / f.seconds, f.composeSeconds, f.peakHeapMb, u.seconds, readers / u.seconds,
				u.composeSeconds, u.peakHeapMb, f.seconds / u.seconds);
	}

	private static Result run(String name, int readers, List<Viewer> viewers, Snapshot snapshot,
			List<SessionItem> sessions, DigestMail mail, SinkOutbox outbox, boolean filter) {
		System.gc();
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long gcBefore = gcMillis();
		outbox.reset();
		DigestMail.Renderer renderer = mail.renderer(2_000);
		DigestContent everything = filter ? null : unfiltered(snapshot, sessions);
		long composeNanos = 0;
		long start = System.nanoTime();
		int empty = 0;
		int distinct = 0;
		Set<String> shared = new HashSet<>();
		Map<UUID, List<SessionItem>> byCircle = new java.util.HashMap<>();
		sessions.forEach(s -> byCircle.computeIfAbsent(s.circleId(), k -> new ArrayList<>()).add(s));
		List<SessionItem> batchSessions = List.of();
		for (int i = 0; i < readers; i++) {
			Viewer viewer = viewers.get(i);
			long t = System.nanoTime();
			if (filter && i % BATCH == 0) {
				// what EditionSending does per batch: one lookup of the sessions of the batch's readers' circles
				Set<UUID> circles = new HashSet<>();
				viewers.subList(i, Math.min(readers, i + BATCH)).forEach(v -> circles.addAll(v.circleIds()));
				batchSessions = circles.stream().flatMap(c -> byCircle.getOrDefault(c, List.of()).stream()).toList();
			}
			DigestContent content = filter ? DigestComposer.compose(snapshot, viewer, batchSessions, List.of()) : everything;
			composeNanos += System.nanoTime() - t;
			if (content.isEmpty()) {
				empty++;
				continue;
			}
			if (shared.add(content.sharedKey())) {
				distinct++;
			}
			outbox.queue(renderer.mail(content, viewer.personId(), "Collega " + i, UUID.nameUUIDFromBytes(
					viewer.personId().toString().getBytes(StandardCharsets.UTF_8))));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
		System.out.printf("%-26s %,8d readers in %6.2f s (%,7.0f/s; compose only %.2f s), %,d mails (%,d empty), "
				+ "%,d distinct copies, %,.0f MB of mail, GC %,d ms, peak heap %,d MB%n", name, readers, seconds,
				readers / seconds, composeNanos / 1e9, outbox.mails, empty, distinct, outbox.bytes / 1e6,
				gcMillis() - gcBefore, peak);
		return new Result(seconds, composeNanos / 1e9, peak);
	}

	/** What {@link DigestComposer#compose} keeps, cut to the same limits, with no access check at all. */
	private static DigestContent unfiltered(Snapshot s, List<SessionItem> sessions) {
		List<DigestContent.Entry> pinned = new ArrayList<>();
		s.pinnedStories().forEach(story -> pinned.add(new DigestContent.Entry(Pin.Kind.STORY, story, null, null)));
		return new DigestContent(s.editionId(), s.digestId(), s.digestName(), s.frequency(), s.period(), s.intro(),
				pinned, s.stories().stream().limit(5).toList(), s.newSignals().stream().limit(5).toList(),
				s.decidedSignals().stream().limit(5).toList(), sessions.stream().limit(5).toList(),
				s.koers().stream().limit(3).toList(), List.of());
	}

	private static Snapshot snapshot(Random random, UUID organisation, List<UUID> teams, List<UUID> networks,
			List<UUID> circles, List<Viewer> viewers) {
		Instant now = Instant.parse("2026-11-30T23:00:00Z");
		List<StoryItem> stories = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			int kind = random.nextInt(100);
			Audience audience = kind < 40 ? Audience.organisation(organisation)
					: kind < 85 ? Audience.team(teams.get(random.nextInt(TEAMS)))
							: kind < 95 ? Audience.network(networks.get(random.nextInt(NETWORKS)))
									: Audience.circle(circles.get(random.nextInt(CIRCLES)));
			UUID author = viewers.get(random.nextInt(viewers.size())).personId();
			stories.add(new StoryItem(UUID.randomUUID(), "Een verhaal uit de praktijk over wachten nummer " + i, author,
					"Collega " + i, organisation, audience.key(author), List.of(Domain.values()[i % 3]), 40 - i / 8,
					12 - i / 25, 5 - i / 60, now.minus(Duration.ofDays(i % 28))));
		}
		List<SignalItem> raised = signals(random, organisation, teams, 60, "RECEIVED", now);
		List<SignalItem> decided = signals(random, organisation, teams, 40, "ADOPTED", now);
		List<KoersItem> koers = List.of(
				new KoersItem(organisation, "lindewaarde", "Gemeente Lindewaarde", "Samen dichtbij", 4, now, "P9 aangescherpt."),
				new KoersItem(organisation, "lindewaarde", "Gemeente Lindewaarde", "Samen dichtbij", 3, now, null));
		List<StoryItem> pinnedStories = List.of(stories.get(3), stories.get(10), stories.get(50));
		List<Pin> pins = pinnedStories.stream().map(s -> new Pin(Pin.Kind.STORY, s.id())).toList();
		return new Snapshot(UUID.randomUUID(), UUID.randomUUID(), "Gemeente Lindewaarde", Theme.GENERAL, organisation,
				null, null, Frequency.MONTHLY, Instant.parse("2026-10-31T23:00:00Z"), now, now, now,
				now.plus(Duration.ofDays(30)),
				"Deze maand gingen de meeste gesprekken over wachten: op de intake, op de GGZ, op een antwoord.", pins,
				stories, raised, decided, koers, pinnedStories, List.of(), List.of());
	}

	private static List<SignalItem> signals(Random random, UUID organisation, List<UUID> teams, int count,
			String status, Instant now) {
		List<SignalItem> signals = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Audience audience = i % 2 == 0 ? Audience.organisation(organisation)
					: Audience.team(teams.get(random.nextInt(TEAMS)));
			signals.add(new SignalItem(UUID.randomUUID(), "Een regel die knelt, nummer " + i, "RULE_PINCHES", status,
					organisation, null, null, audience.key(UUID.randomUUID()), List.of(Domain.WMO), i % 7,
					now.minus(Duration.ofDays(i % 30)), status.equals("ADOPTED") ? now : null, "/signalen/" + i));
		}
		return signals;
	}

	private static List<SessionItem> sessions(Random random, List<UUID> circles, Instant from) {
		List<SessionItem> sessions = new ArrayList<>();
		for (int i = 0; i < 4_000; i++) {
			UUID circle = circles.get(i % CIRCLES);
			Instant at = from.plus(Duration.ofHours(2 + random.nextInt(24 * 40)));
			sessions.add(new SessionItem(UUID.randomUUID(), circle, "Leerkring " + (i % CIRCLES), null, null,
					"Incidentmethode", at, at.plus(Duration.ofHours(2)), "Wijkcentrum De Linde", i % 3 == 0,
					"/leerkringen/" + circle));
		}
		return sessions;
	}

	private static List<UUID> ids(int n) {
		List<UUID> ids = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			ids.add(UUID.randomUUID());
		}
		return ids;
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static Result best(List<Result> results) {
		return results.stream().min((a, b) -> Double.compare(a.seconds, b.seconds)).orElseThrow();
	}

	private record Result(double seconds, double composeSeconds, long peakHeapMb) {
	}

	/** Takes mails as the outbox would (signed unsubscribe links, bodies it would store) and keeps only counts. */
	private static final class SinkOutbox implements MailOutbox {

		private final Mac mac;

		long mails;

		long bytes;

		SinkOutbox() throws Exception {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec("benchmark-signing-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
		}

		void reset() {
			mails = 0;
			bytes = 0;
		}

		@Override
		public Queued queue(OutgoingMail mail) {
			mails++;
			bytes += mail.html().length() + mail.text().length() + mail.subject().length();
			return Queued.QUEUED;
		}

		@Override
		public String unsubscribeUrl(UUID personId, String target) {
			byte[] payload = ("v1|" + personId + "|" + target + "|1798761600").getBytes(StandardCharsets.UTF_8);
			java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
			return "https://meesterschap.example/afmelden/" + b64.encodeToString(payload) + "."
					+ b64.encodeToString(mac.doFinal(payload));
		}

		@Override
		public String settingsUrl() {
			return "https://meesterschap.example/instellingen/meldingen";
		}

	}

}

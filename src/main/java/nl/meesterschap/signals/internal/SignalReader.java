package nl.meesterschap.signals.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.TeamSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.signals.internal.EndorsementRepository.Endorsement;
import nl.meesterschap.signals.internal.SignalView.Card;
import nl.meesterschap.signals.internal.SignalView.Count;
import nl.meesterschap.signals.internal.SignalView.EvidenceView;

/** Turns stored signals into what one reader may see of them, for pages, the API and other modules. */
@Component
@Transactional(readOnly = true)
public class SignalReader {

	private final SignalLookup lookup;

	private final SignalListing listing;

	private final SignalAccess access;

	private final EndorsementRepository endorsements;

	private final EvidenceRepository evidence;

	private final StatusChangeRepository changes;

	private final People people;

	private final Stories stories;

	private final Koersen koersen;

	private final Deadlines deadlines;

	private final SharedSummaries summaries;

	SignalReader(SignalLookup lookup, SignalListing listing, SignalAccess access, EndorsementRepository endorsements,
			EvidenceRepository evidence, StatusChangeRepository changes, People people, Stories stories,
			Koersen koersen, Deadlines deadlines, SharedSummaries summaries) {
		this.lookup = lookup;
		this.listing = listing;
		this.access = access;
		this.endorsements = endorsements;
		this.evidence = evidence;
		this.changes = changes;
		this.people = people;
		this.stories = stories;
		this.koersen = koersen;
		this.deadlines = deadlines;
		this.summaries = summaries;
	}

	private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

	private static final java.time.format.DateTimeFormatter SESSION_DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));

	public SignalView view(UUID signalId, Viewer viewer) {
		return view(lookup.visible(signalId, viewer), viewer);
	}

	public SignalView view(Signal signal, Viewer viewer) {
		boolean knows = access.knowsRaiser(viewer, signal);
		PersonSummary raiser = knows ? people.person(signal.raiserId()).orElse(null) : null;
		OrganisationSummary answering = people.organisation(signal.answeringOrganisationId()).orElseThrow();
		List<Endorsement> recognised = endorsements.ofSignal(signal.id());
		return new SignalView(signal, raiser == null ? null : raiser.displayName(),
				raiser == null ? null : organisationName(raiser.organisationId()), isRaiser(viewer, signal),
				circleName(signal), new SignalView.Organisation(answering.id(), answering.name(), answering.slug()),
				principles(signal), evidence(signal, viewer, knows), recognition(recognised, viewer),
				changes(signal), deadlines.overdue(signal), deadlines.firstResponseDue(signal.raisedAt()),
				access.triages(viewer, signal));
	}

	public Page page(SignalQuery query, Viewer viewer) {
		SignalListing.Page page = listing.list(query);
		return new Page(cards(page.signals(), viewer), page.total(), page.page(), page.pages());
	}

	public List<Card> cards(List<Signal> signals, Viewer viewer) {
		Map<UUID, List<Endorsement>> recognised = endorsements.ofSignals(signals.stream().map(Signal::id).toList());
		return signals.stream().map(signal -> {
			List<Endorsement> list = recognised.getOrDefault(signal.id(), List.of());
			String raiser = access.knowsRaiser(viewer, signal)
					? people.person(signal.raiserId()).map(PersonSummary::displayName).orElse(null) : null;
			return new Card(signal, raiser, circleName(signal), list.size(),
					(int) list.stream().flatMap(e -> e.teamIds().stream()).distinct().count(),
					(int) list.stream().map(Endorsement::organisationId).distinct().count(), deadlines.overdue(signal),
					deadlines.firstResponseDue(signal.raisedAt()), isRaiser(viewer, signal));
		}).toList();
	}

	/** The published stories the person wrote, newest first: what they can offer as evidence. */
	public List<StorySummary> ownStories(Viewer viewer) {
		return stories.ownedBy(viewer).stream().filter(s -> s.status() == StoryStatus.PUBLISHED).toList();
	}

	/** Signals that cite this story and that the reader may see, leaving out those that would unmask a raiser. */
	public List<Card> citing(UUID storyId, Viewer viewer) {
		Map<UUID, List<EvidenceRepository.Evidence>> bySignal = evidence.pointingAt(EvidenceKind.STORY, storyId)
			.stream()
			.collect(Collectors.groupingBy(EvidenceRepository.Evidence::signalId, LinkedHashMap::new,
					Collectors.toList()));
		List<Signal> visible = bySignal.entrySet().stream()
			.flatMap(e -> lookup.find(e.getKey(), viewer)
				.filter(signal -> !signal.hidden())
				.filter(signal -> access.knowsRaiser(viewer, signal)
						|| e.getValue().stream().noneMatch(row -> row.addedBy().equals(signal.raiserId())))
				.stream())
			.toList();
		return cards(visible, viewer);
	}

	private static boolean isRaiser(Viewer viewer, Signal signal) {
		return viewer.personId().equals(signal.raiserId());
	}

	private String organisationName(UUID id) {
		return people.organisation(id).map(OrganisationSummary::name).orElse("");
	}

	private String circleName(Signal signal) {
		return signal.circleId() == null ? null
				: people.circle(signal.circleId()).map(c -> c.name()).orElse(null);
	}

	private List<SignalView.PrincipleRef> principles(Signal signal) {
		Optional<KoersVersion> koers = koersen.current(signal.answeringOrganisationId());
		return signal.principles().stream()
			.map(code -> koers.flatMap(k -> k.principle(code))
				.map(p -> new SignalView.PrincipleRef(code, p.title(), true))
				.orElse(new SignalView.PrincipleRef(code, code, false)))
			.toList();
	}

	private List<EvidenceView> evidence(Signal signal, Viewer viewer, boolean knowsRaiser) {
		List<EvidenceView> views = new ArrayList<>();
		java.util.Set<UUID> seen = new java.util.HashSet<>();
		for (EvidenceRepository.Evidence e : evidence.ofSignal(signal.id())) {
			if (!seen.add(e.itemId())) {
				continue;
			}
			if (e.kind() == EvidenceKind.SESSION) {
				summaries.find(e.itemId(), viewer)
					.ifPresent(summary -> views.add(new EvidenceView(EvidenceKind.SESSION, e.itemId(),
							sessionTitle(summary), summary.url(), e.endorsementId() != null)));
				continue;
			}
			Optional<StorySummary> story = stories.visible(e.itemId(), viewer)
				.filter(s -> s.status() == StoryStatus.PUBLISHED);
			if (story.isEmpty()) {
				continue;
			}
			boolean masked = !knowsRaiser && e.addedBy().equals(signal.raiserId())
					&& story.get().authorId().equals(signal.raiserId());
			views.add(masked ? new EvidenceView(EvidenceKind.STORY, null, null, null, false)
					: new EvidenceView(EvidenceKind.STORY, e.itemId(), story.get().title(), "/verhalen/" + e.itemId(),
							e.endorsementId() != null));
		}
		return views;
	}

	/** "Intervisie Netwerk Noord · Incidentmethode · 24 oktober 2026": the circle, the method and the day. */
	public static String sessionTitle(SharedSummaries.SharedSummary summary) {
		return summary.circleName() + " · " + summary.methodName() + " · "
				+ SESSION_DAY.format(summary.heldAt().atZone(AMSTERDAM));
	}

	/** The shared summaries someone may cite: those shared with them, newest first. */
	public List<SharedSummaries.SharedSummary> citableSummaries(Viewer viewer) {
		return summaries.sharedWith(viewer, 20);
	}

	private SignalView.Recognition recognition(List<Endorsement> recognised, Viewer viewer) {
		Map<UUID, Long> teams = recognised.stream()
			.flatMap(e -> e.teamIds().stream())
			.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		Map<UUID, Long> organisations = recognised.stream()
			.collect(Collectors.groupingBy(Endorsement::organisationId, LinkedHashMap::new, Collectors.counting()));
		UUID mine = recognised.stream()
			.filter(e -> e.personId().equals(viewer.personId()))
			.map(Endorsement::id)
			.findFirst()
			.orElse(null);
		return new SignalView.Recognition(recognised.size(),
				counts(teams, id -> people.team(id).map(TeamSummary::name).orElse(null)),
				counts(organisations, id -> people.organisation(id).map(OrganisationSummary::name).orElse(null)), mine);
	}

	private static List<Count> counts(Map<UUID, Long> counted, Function<UUID, String> name) {
		return counted.entrySet().stream()
			.map(e -> new Count(name.apply(e.getKey()), e.getValue().intValue()))
			.filter(c -> c.name() != null)
			.sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name))
			.toList();
	}

	private List<SignalView.Change> changes(Signal signal) {
		List<StatusChangeRepository.StatusChange> list = changes.ofSignal(signal.id());
		Map<UUID, PersonSummary> by = people.people(list.stream().map(StatusChangeRepository.StatusChange::changedBy)
			.distinct()
			.toList());
		Map<Integer, KoersVersion> versions = koersen.versions(signal.answeringOrganisationId()).stream()
			.collect(Collectors.toMap(KoersVersion::version, Function.identity()));
		return list.stream().map(c -> {
			PersonSummary person = by.get(c.changedBy());
			String principleTitle = c.koersVersion() == null || c.principleCode() == null ? null
					: Optional.ofNullable(versions.get(c.koersVersion()))
						.flatMap(v -> v.principle(c.principleCode()))
						.map(Principle::title)
						.orElse(c.principleCode());
			return new SignalView.Change(c.from(), c.to(), c.response(), person == null ? "" : person.displayName(),
					person == null ? null : person.jobTitle(), c.at(), c.koersVersion(), c.principleCode(),
					principleTitle);
		}).toList();
	}

	/** A page of signal cards. {@code page} counts from 0. */
	public record Page(List<Card> cards, long total, int page, int pages) {
	}

}

package nl.meesterschap.signals.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.ResponseTimes;
import nl.meesterschap.signals.internal.SignalAccess;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalQuery;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalView;

/** The signal board (filter, sort, page) and "Jullie zeiden, wij deden": what policy did with signals this year. */
@Controller
@RequestMapping("/signalen")
class SignalBoardController {

	static final int PAGE_SIZE = 20;

	private static final Duration YEAR = Duration.ofDays(365);

	private final SignalLookup lookup;

	private final SignalReader reader;

	private final SignalAccess access;

	private final BoardQueries queries;

	private final ResponseTimes responseTimes;

	private final Koersen koersen;

	private final Clock clock;

	SignalBoardController(SignalLookup lookup, SignalReader reader, SignalAccess access, BoardQueries queries,
			ResponseTimes responseTimes, Koersen koersen, Clock clock) {
		this.lookup = lookup;
		this.reader = reader;
		this.access = access;
		this.queries = queries;
		this.responseTimes = responseTimes;
		this.koersen = koersen;
		this.clock = clock;
	}

	@GetMapping
	String board(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "domein", required = false) @Nullable String domain,
			@RequestParam(name = "soort", required = false) @Nullable String kind,
			@RequestParam(name = "principe", required = false) @Nullable String principle,
			@RequestParam(name = "sorteer", required = false) @Nullable String sort,
			@RequestParam(name = "overtijd", required = false) @Nullable String overdue,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		SignalStatus chosenStatus = Enums.parse(SignalStatus.class, status, "status", new java.util.ArrayList<>());
		Domain chosenDomain = Enums.parse(Domain.class, domain, "domain", new java.util.ArrayList<>());
		SignalKind chosenKind = Enums.parse(SignalKind.class, kind, "kind", new java.util.ArrayList<>());
		BoardQueries.SortOrder order = BoardQueries.SortOrder.fromPage(sort);
		boolean onlyOverdue = "ja".equals(overdue);
		SignalQuery query = queries.board(viewer, chosenStatus, chosenDomain, chosenKind, principle, order,
				onlyOverdue, null, Math.max(0, page - 1), PAGE_SIZE);
		model.addAttribute("page", reader.page(query, viewer));
		model.addAttribute("status", chosenStatus);
		model.addAttribute("domain", chosenDomain);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("principle", query.principleCode());
		model.addAttribute("sort", order.page());
		model.addAttribute("overdue", onlyOverdue);
		model.addAttribute("principles", koersen.applicableTo(viewer).map(KoersVersion::principles).orElse(List.of()));
		model.addAttribute("statuses", SignalStatus.values());
		model.addAttribute("kinds", SignalKind.values());
		model.addAttribute("domains", Domain.values());
		model.addAttribute("orders", BoardQueries.SortOrder.values());
		return "signals/board";
	}

	@GetMapping("/jullie-zeiden-wij-deden")
	String youSaidWeDid(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		Viewer viewer = lookup.viewer(me.personId());
		Instant since = clock.instant().minus(YEAR);
		SignalQuery decided = SignalQuery.visibleTo(access.reader(viewer), 0, 200)
			.filter(List.of(SignalStatus.ADOPTED, SignalStatus.ANSWERED), null, null)
			.decidedSince(since)
			.sorted(SignalQuery.Sort.DECIDED);
		List<Decision> decisions = reader.page(decided, viewer).cards().stream()
			.map(card -> decision(reader.view(card.signal(), viewer)))
			.flatMap(Optional::stream)
			.toList();
		model.addAttribute("adopted", decisions.stream().filter(d -> d.status() == SignalStatus.ADOPTED).toList());
		model.addAttribute("answered", decisions.stream().filter(d -> d.status() == SignalStatus.ANSWERED).toList());
		SignalQuery active = SignalQuery.visibleTo(access.reader(viewer), 0, 1000).activeSince(since);
		model.addAttribute("times", responseTimes.of(reader.page(active, viewer).cards().stream()
			.map(SignalView.Card::signal)
			.toList(), since));
		return "signals/you-said-we-did";
	}

	/** A decided signal with the response that decided it. */
	private static Optional<Decision> decision(SignalView view) {
		List<SignalView.Change> changes = view.changes();
		for (int i = changes.size() - 1; i >= 0; i--) {
			if (changes.get(i).to() == view.signal().status()) {
				return Optional.of(new Decision(view, changes.get(i)));
			}
		}
		return Optional.empty();
	}

	/** One line of "Jullie zeiden, wij deden". */
	record Decision(SignalView view, SignalView.Change change) {

		public SignalStatus status() {
			return view.signal().status();
		}

	}

}

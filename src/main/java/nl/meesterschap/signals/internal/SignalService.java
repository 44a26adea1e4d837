package nl.meesterschap.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.signals.SignalRaised;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * Raising a signal: it goes to the organisation whose koers the raiser works by, passes the rules and the privacy
 * guard, starts as RECEIVED, and is announced with {@link SignalRaised}.
 */
@Service
@Transactional
public class SignalService {

	static final String PRIVACY_KIND = "signal";

	private final SignalRepository signals;

	private final EvidenceRepository evidence;

	private final RaiseRules rules;

	private final SignalLookup lookup;

	private final Koersen koersen;

	private final People people;

	private final SignalReader reader;

	private final PrivacyGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignalService(SignalRepository signals, EvidenceRepository evidence, RaiseRules rules, SignalLookup lookup,
			Koersen koersen, People people, SignalReader reader, PrivacyGuard guard, ApplicationEventPublisher events,
			Clock clock) {
		this.signals = signals;
		this.evidence = evidence;
		this.rules = rules;
		this.lookup = lookup;
		this.koersen = koersen;
		this.people = people;
		this.reader = reader;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Raises a signal. Posting the same draft twice (a double click) returns the signal raised the first time.
	 * @throws InvalidInputException for refused fields, also when no koers applies (nobody could answer)
	 * @throws PrivacyRefusedException while the title or description holds personal data
	 */
	public Signal raise(UUID personId, RaiseCommand command) {
		return raise(personId, command, null);
	}

	/** As {@link #raise(UUID, RaiseCommand)} at {@code at} when given (imports such as the demo): not announced. */
	Signal raise(UUID personId, RaiseCommand command, @Nullable Instant at) {
		Viewer viewer = lookup.viewer(personId);
		if (signals.exists(command.draftId())) {
			Signal earlier = signals.find(command.draftId()).orElseThrow();
			if (!earlier.raiserId().equals(personId)) {
				throw new ApiProblemException(HttpStatus.CONFLICT, "signals.raise.draft-taken");
			}
			return earlier;
		}
		KoersVersion koers = koers(viewer);
		RaiseRules.Checked checked = rules.check(command, viewer, koers);
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", checked.title());
		texts.put("description", checked.description());
		List<FieldFinding> findings = guard.blocking(new PrivacySubject(PRIVACY_KIND, command.draftId()), texts);
		if (!findings.isEmpty()) {
			throw new PrivacyRefusedException(findings);
		}
		Instant now = at == null ? clock.instant() : at;
		Signal signal = new Signal(command.draftId(), checked.title(), checked.description(), command.kind(), personId,
				viewer.organisationId(), command.circleId(), command.anonymous(), koers.organisationId(),
				checked.audience(), SignalStatus.RECEIVED, now, null, null, null, null, false, command.domains()
					.stream()
					.distinct()
					.toList(), checked.principles());
		signals.insert(signal);
		for (EvidenceCheck.Accepted item : checked.evidence()) {
			evidence.insert(new EvidenceRepository.Evidence(UUID.randomUUID(), signal.id(), item.kind(), item.id(),
					personId, null, now));
		}
		if (at == null) {
			events.publishEvent(new SignalRaised(signal.id(), signal.answeringOrganisationId(), personId,
					signal.anonymous(), signal.circleId(), signal.kind(), signal.title(), signal.audienceKey(), now));
		}
		return signal;
	}

	/** What the person can choose from when raising a signal. */
	@Transactional(readOnly = true)
	public RaiseOptions options(Viewer viewer) {
		KoersVersion koers = koersen.applicableTo(viewer).orElse(null);
		return new RaiseOptions(koers, people.organisation(viewer.organisationId()).orElseThrow(),
				rules.networks(viewer),
				rules.defaultAudience(viewer, koers == null ? viewer.organisationId() : koers.organisationId()),
				people.circlesOf(viewer.personId()), reader.ownStories(viewer));
	}

	/** The "not personal data" decisions of a signal being written stay with it. */
	public static PrivacySubject privacySubject(UUID draftId) {
		return new PrivacySubject(PRIVACY_KIND, draftId);
	}

	/** The koers the person works by; without one nobody could answer a signal. */
	public KoersVersion koers(Viewer viewer) {
		return koersen.applicableTo(viewer)
			.orElseThrow(() -> new InvalidInputException("", "signals.raise.no-koers"));
	}

}

package nl.meesterschap.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.SignalStatusChanged;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * The answer loop: a policy advisor or team lead of the answering organisation moves a signal on, always with a
 * public response; ADOPTED is linked to the published koers version and principle that changed.
 */
@Service
@Transactional
public class AnswerService {

	static final int MAX_RESPONSE = 5000;

	static final String PRIVACY_KIND = "signal-response";

	private final SignalLookup lookup;

	private final SignalAccess access;

	private final SignalRepository signals;

	private final StatusChangeRepository changes;

	private final EndorsementRepository endorsements;

	private final Koersen koersen;

	private final PrivacyGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnswerService(SignalLookup lookup, SignalAccess access, SignalRepository signals, StatusChangeRepository changes,
			EndorsementRepository endorsements, Koersen koersen, PrivacyGuard guard, ApplicationEventPublisher events,
			Clock clock) {
		this.lookup = lookup;
		this.access = access;
		this.signals = signals;
		this.changes = changes;
		this.endorsements = endorsements;
		this.koersen = koersen;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws nl.meesterschap.web.ItemNotFoundException when the person may not see the signal
	 * @throws ApiProblemException 403 without the role, 409 for a move the current status does not allow
	 * @throws InvalidInputException without a response, or with a koers link that does not exist
	 * @throws PrivacyRefusedException while the response holds personal data
	 */
	public Signal change(UUID personId, UUID signalId, StatusCommand command) {
		return change(personId, signalId, command, null);
	}

	Signal change(UUID personId, UUID signalId, StatusCommand command, @Nullable Instant at) {
		Viewer viewer = lookup.viewer(personId);
		Signal signal = lookup.visible(signalId, viewer);
		if (signal.hidden() || !access.triages(viewer, signal)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "signals.status.forbidden");
		}
		if (changes.exists(command.draftId())) {
			return signal; // the same form posted twice
		}
		String response = command.response() == null ? "" : command.response().strip();
		SignalStatus next = command.status();
		List<Violation> violations = new ArrayList<>();
		if (next == null || next == SignalStatus.RECEIVED) {
			violations.add(new Violation("status", "signals.status.required"));
		}
		if (response.isEmpty()) {
			violations.add(new Violation("response", "signals.status.response.required"));
		}
		else if (response.length() > MAX_RESPONSE) {
			violations.add(new Violation("response", "signals.raise.too-long", MAX_RESPONSE));
		}
		if (next != null && next != SignalStatus.RECEIVED && !signal.status().mayMoveTo(next)) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "signals.status.transition",
					new DefaultMessageSourceResolvable("signals.status." + signal.status().name()),
					new DefaultMessageSourceResolvable("signals.status." + next.name()));
		}
		Adoption adoption = next == SignalStatus.ADOPTED ? adoption(signal, command, violations) : null;
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<FieldFinding> findings = guard.blocking(new PrivacySubject(PRIVACY_KIND, command.draftId()),
				Map.of("response", response));
		if (!findings.isEmpty()) {
			throw new PrivacyRefusedException(findings);
		}
		Instant now = at == null ? clock.instant() : at;
		Integer version = adoption == null ? null : adoption.version();
		String principle = adoption == null ? null : adoption.principle();
		changes.insert(new StatusChangeRepository.StatusChange(command.draftId(), signalId, signal.status(), next, response,
				personId, now, version, principle));
		signals.changeStatus(signalId, next, now, version, principle);
		if (at == null) {
			List<UUID> endorsers = endorsements.ofSignal(signalId).stream()
				.map(EndorsementRepository.Endorsement::personId)
				.toList();
			events.publishEvent(new SignalStatusChanged(signalId, signal.answeringOrganisationId(), signal.raiserId(),
					endorsers, signal.status(), next, response, personId, version, principle, now));
		}
		return signals.find(signalId).orElseThrow();
	}

	/** Published versions of the answering organisation's koers, newest first (to link an adoption to). */
	@Transactional(readOnly = true)
	public List<KoersVersion> versions(Signal signal) {
		return koersen.versions(signal.answeringOrganisationId());
	}

	public static PrivacySubject privacySubject(UUID draftId) {
		return new PrivacySubject(PRIVACY_KIND, draftId);
	}

	/**
	 * The version must be published by the answering organisation; the principle must be in it, or in the version
	 * before it (a principle dropped because of the signal).
	 */
	private @Nullable Adoption adoption(Signal signal, StatusCommand command, List<Violation> violations) {
		String code = command.principleCode() == null ? "" : command.principleCode().strip().toUpperCase(Locale.ROOT);
		if (command.koersVersion() == null) {
			violations.add(new Violation("koersVersion", "signals.status.version.required"));
		}
		if (code.isEmpty()) {
			violations.add(new Violation("principle", "signals.status.principle.required"));
		}
		if (command.koersVersion() == null || code.isEmpty()) {
			return null;
		}
		List<KoersVersion> versions = versions(signal);
		int index = -1;
		for (int i = 0; i < versions.size(); i++) {
			if (versions.get(i).version() == command.koersVersion()) {
				index = i;
			}
		}
		if (index < 0) {
			violations.add(new Violation("koersVersion", "signals.status.version.unknown", command.koersVersion()));
			return null;
		}
		boolean inVersion = versions.get(index).principle(code).isPresent();
		boolean dropped = index + 1 < versions.size() && versions.get(index + 1).principle(code).isPresent();
		if (!inVersion && !dropped) {
			violations.add(new Violation("principle", "signals.status.principle.unknown", code, command.koersVersion()));
			return null;
		}
		return new Adoption(command.koersVersion(), code);
	}

	private record Adoption(int version, String principle) {
	}

}

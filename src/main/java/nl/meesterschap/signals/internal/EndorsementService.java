package nl.meesterschap.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.signals.SignalEndorsed;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * "Ik herken dit": anyone who can see a signal, except its raiser, recognises it once, optionally with stories of
 * their own as evidence; they may take it back.
 */
@Service
@Transactional
public class EndorsementService {

	private final SignalLookup lookup;

	private final EndorsementRepository endorsements;

	private final EvidenceRepository evidence;

	private final EvidenceCheck evidenceCheck;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EndorsementService(SignalLookup lookup, EndorsementRepository endorsements, EvidenceRepository evidence,
			EvidenceCheck evidenceCheck, ApplicationEventPublisher events, Clock clock) {
		this.lookup = lookup;
		this.endorsements = endorsements;
		this.evidence = evidence;
		this.evidenceCheck = evidenceCheck;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the new endorsement's id
	 * @throws ApiProblemException 403 for one's own signal, 409 when already endorsed
	 */
	public UUID endorse(UUID personId, UUID signalId, List<EvidenceRef> offered) {
		return endorse(personId, signalId, offered, null);
	}

	UUID endorse(UUID personId, UUID signalId, List<EvidenceRef> offered, @Nullable Instant at) {
		Viewer viewer = lookup.viewer(personId);
		Signal signal = lookup.visible(signalId, viewer);
		if (signal.hidden()) {
			throw new ItemNotFoundException();
		}
		if (signal.raiserId().equals(personId)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "signals.endorse.own");
		}
		if (endorsements.of(signalId, personId).isPresent()) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "signals.endorse.twice");
		}
		List<EvidenceCheck.Accepted> accepted = evidence(offered, viewer);
		Instant now = at == null ? clock.instant() : at;
		UUID id = UUID.randomUUID();
		endorsements.insert(new EndorsementRepository.Endorsement(id, signalId, personId, viewer.organisationId(),
				List.copyOf(viewer.teamIds()), now));
		accepted.forEach(item -> evidence.insert(new EvidenceRepository.Evidence(UUID.randomUUID(), signalId,
				item.kind(), item.id(), personId, id, now)));
		if (at == null) {
			events.publishEvent(new SignalEndorsed(signalId, signal.answeringOrganisationId(), signal.raiserId(),
					personId, endorsements.ofSignal(signalId).size(), now));
		}
		return id;
	}

	/** Takes one's own endorsement back, with the evidence that came with it. */
	public void withdraw(UUID personId, UUID signalId, UUID endorsementId) {
		Viewer viewer = lookup.viewer(personId);
		lookup.visible(signalId, viewer);
		EndorsementRepository.Endorsement endorsement = endorsements.find(endorsementId)
			.filter(e -> e.signalId().equals(signalId))
			.orElseThrow(ItemNotFoundException::new);
		if (!endorsement.personId().equals(personId)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "signals.endorse.not-yours");
		}
		endorsements.delete(endorsementId);
	}

	/** The person's endorsement of a signal, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<UUID> endorsementOf(UUID personId, UUID signalId) {
		return endorsements.of(signalId, personId).map(EndorsementRepository.Endorsement::id);
	}

	private List<EvidenceCheck.Accepted> evidence(List<EvidenceRef> offered, Viewer viewer) {
		List<Violation> violations = new ArrayList<>();
		List<EvidenceCheck.Accepted> accepted = evidenceCheck.check(offered, viewer, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return accepted;
	}

}

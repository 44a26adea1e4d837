package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.signals.SignalDocument;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.SignalSummary;
import nl.meesterschap.signals.Signals;

/** The signals module's API for other modules, with the same access and anonymity rules as the pages. */
@Service
@Transactional(readOnly = true)
class JdbcSignals implements Signals {

	private final SignalLookup lookup;

	private final SignalRepository signals;

	private final SignalReader reader;

	private final SignalAccess access;

	private final People people;

	JdbcSignals(SignalLookup lookup, SignalRepository signals, SignalReader reader, SignalAccess access,
			People people) {
		this.lookup = lookup;
		this.signals = signals;
		this.reader = reader;
		this.access = access;
		this.people = people;
	}

	@Override
	public Optional<SignalSummary> visible(UUID signalId, Viewer viewer) {
		return lookup.find(signalId, viewer).map(signal -> summaries(List.of(signal), viewer).get(0));
	}

	@Override
	public List<SignalSummary> decidedSince(Instant since, Viewer viewer, int limit) {
		SignalQuery query = SignalQuery.visibleTo(access.reader(viewer), 0, limit)
			.filter(List.of(SignalStatus.ADOPTED, SignalStatus.ANSWERED), null, null)
			.decidedSince(since)
			.sorted(SignalQuery.Sort.DECIDED);
		return summaries(reader.page(query, viewer).cards().stream().map(SignalView.Card::signal).toList(), viewer);
	}

	@Override
	public List<SignalSummary> raisedSince(Instant since, Viewer viewer, int limit) {
		SignalQuery query = SignalQuery.visibleTo(access.reader(viewer), 0, limit)
			.filter(List.of(SignalStatus.RECEIVED, SignalStatus.IN_CONSIDERATION), null, null)
			.sorted(SignalQuery.Sort.NEWEST);
		return summaries(reader.page(query, viewer).cards().stream()
			.map(SignalView.Card::signal)
			.filter(signal -> !signal.raisedAt().isBefore(since))
			.toList(), viewer);
	}

	@Override
	public Optional<SignalDocument> document(UUID signalId) {
		return signals.find(signalId).filter(signal -> !signal.hidden()).map(signal -> {
			String name = signal.anonymous() ? null
					: people.person(signal.raiserId()).map(PersonSummary::displayName).orElse(null);
			return new SignalDocument(signal.id(), signal.title(), signal.description(), signal.kind(),
					signal.status(), signal.domains(), signal.principles(), signal.answeringOrganisationId(),
					signal.anonymous() ? null : signal.raiserId(), name, signal.audienceKey(), signal.raisedAt());
		});
	}

	@Override
	public List<UUID> documentIds(@Nullable UUID after, int limit) {
		return signals.visibleIdsAfter(after, limit);
	}

	private List<SignalSummary> summaries(List<Signal> list, Viewer viewer) {
		return reader.cards(list, viewer).stream()
			.map(card -> new SignalSummary(card.signal().id(), card.signal().title(), card.signal().kind(),
					card.signal().status(), card.signal().answeringOrganisationId(), card.raiserName(),
					card.circleName(), card.endorsements(), card.signal().raisedAt(), card.signal().decidedAt(),
					card.signal().url()))
			.toList();
	}

}

package nl.meesterschap.signals.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ItemNotFoundException;

/** A signal the person may see, or not found (404, never 403, for what they may not see). */
@Component
@Transactional(readOnly = true)
public class SignalLookup {

	private final SignalRepository signals;

	private final SignalAccess access;

	private final People people;

	SignalLookup(SignalRepository signals, SignalAccess access, People people) {
		this.signals = signals;
		this.access = access;
		this.people = people;
	}

	public Viewer viewer(UUID personId) {
		return people.viewer(personId);
	}

	public Optional<Signal> find(UUID id, Viewer viewer) {
		return signals.find(id).filter(signal -> access.maySee(viewer, signal));
	}

	public Signal visible(UUID id, Viewer viewer) {
		return find(id, viewer).orElseThrow(ItemNotFoundException::new);
	}

}

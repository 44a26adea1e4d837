package nl.meesterschap.signals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Viewer;

/** The koers link: which signals a version of an organisation's koers adopted, as far as the reader may see. */
@Component
@Transactional(readOnly = true)
public class SignalVersions {

	private final SignalRepository signals;

	private final SignalLookup lookup;

	SignalVersions(SignalRepository signals, SignalLookup lookup) {
		this.signals = signals;
		this.lookup = lookup;
	}

	public List<Signal> adoptedInto(UUID organisationId, int version, Viewer viewer) {
		return signals.adoptedInto(organisationId, version).stream()
			.map(id -> lookup.find(id, viewer))
			.flatMap(Optional::stream)
			.toList();
	}

}

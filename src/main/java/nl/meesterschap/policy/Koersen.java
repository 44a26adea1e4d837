package nl.meesterschap.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.meesterschap.identity.Viewer;

/** The policy module's face to other modules: read published koersen. Drafts never leave the module. */
public interface Koersen {

	/** The latest published version of the organisation's koers. */
	Optional<KoersVersion> current(UUID organisationId);

	/**
	 * The koers a person works by: their own organisation's; otherwise that of the owner of their first network (by
	 * name) that has one, since partners work "in the spirit of" the municipality's koers; otherwise that of the
	 * owner of a network their organisation takes part in (also for its people outside the network); else empty.
	 */
	Optional<KoersVersion> applicableTo(Viewer viewer);

	/** All published versions, newest first. */
	List<KoersVersion> versions(UUID organisationId);

}

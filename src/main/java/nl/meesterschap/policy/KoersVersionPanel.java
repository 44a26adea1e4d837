package nl.meesterschap.policy;

import java.util.Optional;
import java.util.UUID;

import nl.meesterschap.identity.Viewer;

/**
 * A block on a koers version (its page, the current koers, and its entry in the list of versions) that another
 * module contributes, such as the signals from practice that led to it. The page renders the Thymeleaf fragment
 * {@code panel(data)} from {@link #template()}; in the list of versions the variable {@code panelLevel} is 3
 * (the panel sits under a version's heading), elsewhere it is not set (level 2).
 */
public interface KoersVersionPanel {

	/** Template name holding a fragment {@code panel(data)}, e.g. {@code signals/version-panel}. */
	String template();

	/** Lower numbers come first. */
	int order();

	/** The data for this published version and reader, or empty to leave the panel out. */
	Optional<Object> data(UUID koersOrganisationId, int version, Viewer viewer);

}

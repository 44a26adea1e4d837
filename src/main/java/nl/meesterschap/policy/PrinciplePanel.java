package nl.meesterschap.policy;

import java.util.Optional;
import java.util.UUID;

import nl.meesterschap.identity.Viewer;

/**
 * A block on a principle's page ("the koers in practice") that another module contributes, such as the stories
 * that name the principle. The page renders the Thymeleaf fragment {@code panel(data)} from {@link #template()}.
 */
public interface PrinciplePanel {

	/** Template name holding a fragment {@code panel(data)}, e.g. {@code practice/principle-panel}. */
	String template();

	/** Lower numbers come first. */
	int order();

	/** The data for this principle and reader, or empty to leave the panel out. */
	Optional<Object> data(UUID koersOrganisationId, String code, Viewer viewer);

}

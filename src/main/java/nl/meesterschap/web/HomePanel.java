package nl.meesterschap.web;

import java.util.Optional;

/**
 * A block on the home page ("Mijn overzicht") that a module contributes. The shell renders the Thymeleaf
 * fragment {@code panel(data)} from {@link #template()} with the data this panel returns for the person.
 */
public interface HomePanel {

	/** Template name holding a fragment {@code panel(data)}, e.g. {@code identity/home-panel}. */
	String template();

	/** Lower numbers come first. */
	int order();

	/** The data for this person, or empty to leave the panel out. */
	Optional<Object> data(ShellUser user);

}

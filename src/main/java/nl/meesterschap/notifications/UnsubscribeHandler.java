package nl.meesterschap.notifications;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by a module whose mails carry a one-click unsubscribe link (the digest for {@code digest:<id>}).
 * The notifications module checks the signed link, then asks the handler for the target's scheme.
 */
public interface UnsubscribeHandler {

	/** The part of targets before the colon that this handler takes, e.g. {@code digest}. */
	String scheme();

	/**
	 * What the person stops receiving, as a phrase for "Je krijgt geen e-mail meer over ..." (e.g. "de
	 * nieuwsbrief Jeugd"); empty when the target no longer exists.
	 */
	Optional<String> describe(UUID personId, String target, Locale locale);

	/** Stops these mails for this person; doing it twice is harmless. */
	void unsubscribe(UUID personId, String target);

}

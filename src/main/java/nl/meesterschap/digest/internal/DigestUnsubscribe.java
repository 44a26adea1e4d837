package nl.meesterschap.digest.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.notifications.UnsubscribeHandler;

/**
 * The one-click unsubscribe of a digest mail ({@code digest:<subscription id>}): the notifications module checked
 * the signed link; this stops that digest for that person. A target that is not this person's subscription is
 * unknown (the link page then says the link does not work).
 */
@Component
class DigestUnsubscribe implements UnsubscribeHandler {

	private final Subscriptions subscriptions;

	private final MessageSource messages;

	DigestUnsubscribe(Subscriptions subscriptions, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.messages = messages;
	}

	@Override
	public String scheme() {
		return DigestMail.SCHEME;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> describe(UUID personId, String target, Locale locale) {
		return digest(personId, target)
			.map(d -> messages.getMessage("digest.unsubscribe.what", new Object[] { d.name() }, locale));
	}

	@Override
	@Transactional
	public void unsubscribe(UUID personId, String target) {
		digest(personId, target).ifPresent(d -> subscriptions.stop(d, personId));
	}

	private Optional<Digest> digest(UUID personId, String target) {
		try {
			return subscriptions.digestOfSubscription(personId, UUID.fromString(target.substring(target.indexOf(':') + 1)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}

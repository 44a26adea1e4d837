package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;

/**
 * Where a person's mail can go. An address that cannot work, or one that bounced too often, stops delivery; the
 * person sees why on their settings page. A changed address starts delivery again by itself.
 */
@Component
class Recipients {

	static final String INVALID_ADDRESS = "invalid-address";

	private final People people;

	private final MailboxRepository mailboxes;

	private final Clock clock;

	Recipients(People people, MailboxRepository mailboxes, Clock clock) {
		this.people = people;
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	/** The address to send to now; empty for an unknown or disabled account, an unusable address, or stopped delivery. */
	Optional<String> deliverable(UUID personId) {
		Optional<String> stored = people.emailAddress(personId);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> usable = Addresses.usable(stored.get());
		if (usable.isEmpty()) {
			mailboxes.unusable(personId, stored.get(), INVALID_ADDRESS, clock.instant());
			return Optional.empty();
		}
		MailboxRepository.Mailbox box = mailboxes.get(personId);
		if (!box.stopped()) {
			return usable;
		}
		if (box.bounceAddress() != null && !box.bounceAddress().equalsIgnoreCase(usable.get())) {
			mailboxes.resume(personId);
			return usable;
		}
		return Optional.empty();
	}

}

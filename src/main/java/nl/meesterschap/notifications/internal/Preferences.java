package nl.meesterschap.notifications.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.NotificationKind;

/** A person's choices per kind, and how their e-mail is doing (for the settings page and the API). */
@Service
@Transactional
public class Preferences {

	private final PreferenceRepository preferences;

	private final MailboxRepository mailboxes;

	private final People people;

	Preferences(PreferenceRepository preferences, MailboxRepository mailboxes, People people) {
		this.preferences = preferences;
		this.mailboxes = mailboxes;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Map<NotificationKind, Channel> of(UUID personId) {
		return preferences.of(personId);
	}

	public void save(UUID personId, Map<NotificationKind, Channel> choices) {
		choices.forEach((kind, channel) -> preferences.save(personId, kind, channel));
	}

	/** Stops e-mail (direct or in the digest) for one kind; the notifications stay in the app. */
	public void stopMail(UUID personId, NotificationKind kind) {
		if (preferences.of(personId, kind) != Channel.OFF) {
			preferences.save(personId, kind, Channel.IN_APP);
		}
	}

	@Transactional(readOnly = true)
	public Delivery delivery(UUID personId) {
		Optional<MailboxRepository.Mailbox> box = mailboxes.find(personId);
		return new Delivery(people.emailAddress(personId).orElse(null),
				box.map(MailboxRepository.Mailbox::stopped).orElse(false), box.map(MailboxRepository.Mailbox::bounces).orElse(0),
				box.map(MailboxRepository.Mailbox::bounceReason).orElse(null),
				box.map(MailboxRepository.Mailbox::bounceAddress).orElse(null));
	}

	/** The person fixed their address (or had it fixed): try delivering again. */
	public void resumeDelivery(UUID personId) {
		mailboxes.resume(personId);
	}

	/** Where a person's e-mail goes and whether it arrives. */
	public record Delivery(@Nullable String address, boolean stopped, int bounces, @Nullable String reason,
			@Nullable String failedAddress) {

		public boolean invalidAddress() {
			return Recipients.INVALID_ADDRESS.equals(reason);
		}

	}

}

package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.meesterschap.notifications.MailOutbox.Queued;
import nl.meesterschap.notifications.NotificationKind;

/**
 * Combines the "e-mail direct" notifications waiting for a person into one mail once it is due: the first waited
 * a short while, and the person's last mail is at least a batch interval old. The mail goes into the outbox in the same transaction that marks the notifications mailed, so
 * a crash leaves either both or neither. Notifications read in the app meanwhile, hidden by a moderator, or of a
 * kind the person no longer wants by e-mail are left out.
 */
@Component
public class MailBatches {

	private static final int PEOPLE_PER_RUN = 200;

	private final MailboxRepository mailboxes;

	private final InboxRepository inbox;

	private final PreferenceRepository preferences;

	private final NotificationMail mails;

	private final JdbcMailOutbox outbox;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailBatches(MailboxRepository mailboxes, InboxRepository inbox, PreferenceRepository preferences,
			NotificationMail mails, JdbcMailOutbox outbox, NotificationSettings settings, TransactionTemplate transactions,
			Clock clock) {
		this.settings = settings;
		this.mailboxes = mailboxes;
		this.inbox = inbox;
		this.preferences = preferences;
		this.mails = mails;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meesterschap.notifications.batch-poll:30s}", initialDelayString = "30s")
	@SchedulerLock(name = "notifications-mail-batches")
	public void scheduled() {
		composeDue(clock.instant());
	}

	/** Writes the mails due at {@code now}, one transaction per person; returns how many were written. */
	public int composeDue(Instant now) {
		int written = 0;
		for (UUID person : inbox.dueForMail(now.minus(settings.firstMailDelay()), now.minus(settings.mailBatchInterval()),
				PEOPLE_PER_RUN)) {
			Boolean wrote = transactions.execute(status -> compose(person, now));
			written += Boolean.TRUE.equals(wrote) ? 1 : 0;
		}
		return written;
	}

	private boolean compose(UUID personId, Instant now) {
		Map<NotificationKind, Channel> wanted = preferences.of(personId);
		List<StoredNotification> mail = new ArrayList<>();
		List<UUID> skipped = new ArrayList<>();
		for (StoredNotification n : inbox.waitingForMail(personId)) {
			boolean still = !n.read() && !n.hidden() && wanted.get(n.notice().kind()) == Channel.EMAIL_NOW;
			if (still) {
				mail.add(n);
			}
			else {
				skipped.add(n.id());
			}
		}
		inbox.setMailState(skipped, MailState.SKIPPED, null);
		if (mail.isEmpty()) {
			return false;
		}
		JdbcMailOutbox.Written written = outbox.write(mails.compose(personId, mail));
		inbox.setMailState(mail.stream().map(StoredNotification::id).toList(),
				written.queued() == Queued.NOT_DELIVERABLE ? MailState.SKIPPED : MailState.MAILED, written.id());
		mailboxes.mailed(personId, now);
		return true;
	}

}

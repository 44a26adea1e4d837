package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.signals.SignalDocument;
import nl.meesterschap.signals.SignalOverdue;
import nl.meesterschap.signals.SignalStatusChanged;
import nl.meesterschap.signals.Signals;

/**
 * Signals: a new status (with a public response) for whoever raised or recognised the signal, and an overdue
 * signal for the policy side of the organisation that must answer it (its policy advisors and team leads). The
 * signal is read back through the signals module: when a moderator hid it by then, nobody is notified. Texts
 * never name an anonymous raiser: the status text names the person who answered, the overdue text nobody.
 */
@Component
class SignalListener {

	static final String SIGNAL = "signal";

	private static final Set<Role> POLICY_SIDE = EnumSet.of(Role.POLICY_ADVISOR, Role.TEAM_LEAD);

	private final Signals signals;

	private final Audiences audiences;

	private final People people;

	private final NotificationService notifications;

	private final Clock clock;

	SignalListener(Signals signals, Audiences audiences, People people, NotificationService notifications,
			Clock clock) {
		this.clock = clock;
		this.signals = signals;
		this.audiences = audiences;
		this.people = people;
		this.notifications = notifications;
	}

	/**
	 * The raiser always hears of it; those who recognised it only while they may still see the signal. One
	 * notification per change: a second change of the same signal is a new notification.
	 */
	@ApplicationModuleListener
	void on(SignalStatusChanged event) {
		Optional<SignalDocument> signal = signals.document(event.signalId());
		if (signal.isEmpty()) {
			return;
		}
		String variant = event.previousStatus() == event.status() ? "interim" : event.status().name();
		Set<UUID> recipients = new LinkedHashSet<>();
		recipients.add(event.raiserId());
		recipients.addAll(event.endorserIds());
		for (UUID recipient : recipients) {
			if (recipient.equals(event.raiserId()) || audiences.maySee(recipient, signal.get().audienceKey())) {
				notifications.deliver(new Notice(recipient, NotificationKind.SIGNAL_STATUS, variant,
						"signal-status:" + event.signalId() + ":" + event.at().toEpochMilli(), event.changedBy(),
						new Notice.Ref(SIGNAL, event.signalId()), null, signal.get().title(), null, null,
						"/signalen/" + event.signalId() + "#antwoord", event.at()));
			}
		}
	}

	@ApplicationModuleListener
	void on(SignalOverdue event) {
		if (signals.document(event.signalId()).isEmpty()) {
			return;
		}
		for (PersonSummary person : people.withRoles(event.organisationId(), POLICY_SIDE)) {
			notifications.deliver(new Notice(person.id(), NotificationKind.SIGNAL_OVERDUE, null,
					"signal-overdue:" + event.signalId(), null, new Notice.Ref(SIGNAL, event.signalId()), null,
					event.title(), null, null, "/signalen/" + event.signalId(), clock.instant()));
		}
	}

}

package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.ActionAssigned;
import nl.meesterschap.circles.CircleInvitationSent;
import nl.meesterschap.circles.SessionChanged;
import nl.meesterschap.circles.SessionScheduled;
import nl.meesterschap.identity.CircleMemberships;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.web.DateFormatting;

/**
 * Learning circles: invitations, planned and changed sessions, and actions put in someone's name. The circles
 * module names only people who may see these (the invitee, the circle's members, the action's owner). Planned
 * sessions are also kept for the reminder the day before ({@link SessionReminders}).
 */
@Component
class CircleListener {

	static final String SESSION = "session";

	private final NotificationService notifications;

	private final SessionRepository sessions;

	private final People people;

	private final Clock clock;

	CircleListener(NotificationService notifications, SessionRepository sessions, People people, Clock clock) {
		this.notifications = notifications;
		this.sessions = sessions;
		this.people = people;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CircleInvitationSent event) {
		notifications.deliver(new Notice(event.personId(), NotificationKind.CIRCLE_INVITATION, null,
				"circle-invitation:" + event.circleId() + ":" + event.at().toEpochMilli(), event.invitedBy(),
				new Notice.Ref("circle", event.circleId()), null, event.circleName(), null, null,
				"/leerkringen/" + event.circleId() + "/uitnodiging", event.at()));
	}

	@ApplicationModuleListener
	void on(SessionScheduled event) {
		Instant now = clock.instant();
		sessions.announce(new SessionRepository.PlannedSession(event.sessionId(), event.circleId(), event.circleName(),
				event.startsAt(), event.sequence(), false, now), event.attendeeIds());
		notifyAttendees(event.attendeeIds(), NotificationKind.SESSION_INVITATION, null, event.sessionId(),
				event.sequence(), event.plannedBy(), event.circleId(), event.circleName(), event.startsAt(), now);
	}

	@ApplicationModuleListener
	void on(SessionChanged event) {
		Instant now = clock.instant();
		sessions.announce(new SessionRepository.PlannedSession(event.sessionId(), event.circleId(), event.circleName(),
				event.startsAt(), event.sequence(), event.cancelled(), now), event.attendeeIds());
		notifyAttendees(event.attendeeIds(), NotificationKind.SESSION_CHANGED, event.cancelled() ? "cancelled" : null,
				event.sessionId(), event.sequence(), event.changedBy(), event.circleId(), event.circleName(),
				event.startsAt(), now);
	}

	/** The action's text stays in the app; mails only say that there is one (circle work is confidential). */
	@ApplicationModuleListener
	void on(ActionAssigned event) {
		String circle = people.circle(event.circleId()).map(CircleMemberships.CircleRef::name).orElse("");
		@Nullable Instant due = event.dueDate() == null ? null
				: event.dueDate().atTime(LocalTime.NOON).atZone(DateFormatting.ZONE).toInstant();
		notifications.deliver(new Notice(event.ownerId(), NotificationKind.ACTION_ASSIGNED,
				due == null ? null : "due", "action:" + event.actionId(), event.assignedBy(),
				new Notice.Ref(SESSION, event.sessionId()), new Notice.Ref("action", event.actionId()), circle,
				event.description(), due, "/sessies/" + event.sessionId(), clock.instant()));
	}

	/** Not for a session that already began (planned afterwards, as imports do, or changed while it runs). */
	private void notifyAttendees(List<UUID> attendees, NotificationKind kind, @Nullable String variant, UUID sessionId,
			int sequence, UUID actor, UUID circleId, String circleName, Instant startsAt, Instant now) {
		if (startsAt.isBefore(now)) {
			return;
		}
		attendees.stream().distinct().forEach(person -> notifications.deliver(new Notice(person, kind, variant,
				SESSION + ":" + sessionId + ":" + sequence, actor, new Notice.Ref("circle", circleId),
				new Notice.Ref(SESSION, sessionId), circleName, null, startsAt, "/sessies/" + sessionId, now)));
	}

}

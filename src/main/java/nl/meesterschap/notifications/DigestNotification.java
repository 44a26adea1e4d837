package nl.meesterschap.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification as a digest lists it: what happened (Dutch, names the actor and the item) and where to see it. */
public record DigestNotification(UUID id, NotificationKind kind, String text, String url, Instant at) {
}

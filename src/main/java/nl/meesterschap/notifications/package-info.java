/**
 * Notifications: what happened to your stories, responses, circles and signals, in the app (the bell and
 * {@code /meldingen}) and by e-mail as each person chose per kind. Every e-mail of Meesterschap, also the digest's,
 * goes through this module's durable {@link nl.meesterschap.notifications.MailOutbox} and its SMTP sender.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.notifications;

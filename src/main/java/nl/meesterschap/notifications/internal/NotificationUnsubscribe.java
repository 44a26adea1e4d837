package nl.meesterschap.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.notifications.UnsubscribeHandler;

/**
 * One-click unsubscribe from notification mails: {@code notifications:<KIND>} stops e-mail for that kind,
 * {@code notifications:all} for every kind mailed at once. The notifications stay in the app.
 */
@Component
class NotificationUnsubscribe implements UnsubscribeHandler {

	private final Preferences preferences;

	private final MessageSource messages;

	NotificationUnsubscribe(Preferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@Override
	public String scheme() {
		return NotificationMail.UNSUBSCRIBE_SCHEME;
	}

	@Override
	public Optional<String> describe(UUID personId, String target, Locale locale) {
		String value = value(target);
		if (value.equals("all")) {
			return Optional.of(messages.getMessage("notifications.unsubscribe.all", null, locale));
		}
		return kind(value).map(kind -> messages.getMessage("notifications.unsubscribe.kind." + kind.name(), null, locale));
	}

	@Override
	public void unsubscribe(UUID personId, String target) {
		String value = value(target);
		if (value.equals("all")) {
			preferences.of(personId).forEach((kind, channel) -> {
				if (channel == Channel.EMAIL_NOW) {
					preferences.stopMail(personId, kind);
				}
			});
			return;
		}
		kind(value).ifPresent(kind -> preferences.stopMail(personId, kind));
	}

	private static String value(String target) {
		return target.substring(target.indexOf(':') + 1);
	}

	private static Optional<NotificationKind> kind(String value) {
		try {
			return Optional.of(NotificationKind.valueOf(value));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

}

package nl.meesterschap.notifications.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.notifications.internal.Channel;

/** Reads the settings form: one field per kind (its name) with a channel; an unknown channel is an error. */
@Component
class PreferenceForm {

	private final java.time.Duration batchInterval;

	PreferenceForm(@Value("${meesterschap.notifications.mail-batch-interval:15m}") java.time.Duration batchInterval) {
		this.batchInterval = batchInterval;
	}

	/** Puts the posted choices into {@code chosen}; returns the kinds with an invalid choice. */
	Map<NotificationKind, String> read(Map<String, String> fields, Map<NotificationKind, Channel> chosen) {
		Map<NotificationKind, String> errors = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			String value = fields.get(kind.name());
			if (value == null) {
				continue;
			}
			try {
				chosen.put(kind, Channel.valueOf(value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				errors.put(kind, "notifications.settings.invalid-choice");
			}
		}
		return errors;
	}

	long batchMinutes() {
		return batchInterval.toMinutes();
	}

}

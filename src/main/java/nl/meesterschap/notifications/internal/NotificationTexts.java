package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.web.DateFormatting;

/**
 * The sentence of a notification, in the reader's language, naming the actor and the item: "Bram Jansen reageerde
 * op je verhaal ‘Een boete voor een vergeten melding’". Key {@code notifications.text.<KIND>[.<variant>]} with
 * {0} actor, {1} title, {2} time, {3} detail. What a moderator hid since shows without title.
 */
@Component
class NotificationTexts {

	private final MessageSource messages;

	private final People people;

	NotificationTexts(MessageSource messages, People people) {
		this.messages = messages;
		this.people = people;
	}

	/** Display names of the actors of these notifications, by id (one query). */
	Map<UUID, String> actors(Collection<StoredNotification> notifications) {
		Map<UUID, String> names = new java.util.HashMap<>();
		people.people(notifications.stream().map(n -> n.notice().actorId()).filter(Objects::nonNull).distinct().toList())
			.forEach((id, person) -> names.put(id, person.displayName()));
		return names;
	}

	String text(StoredNotification notification, Map<UUID, String> actors, Locale locale) {
		return text(notification, actors, locale, false);
	}

	/**
	 * As in the app, or for an e-mail ({@code mail}): mails leave out details that stay inside Meesterschap (the
	 * text of a circle's action is confidential to the circle), through keys ending in {@code .mail}.
	 */
	String text(StoredNotification notification, Map<UUID, String> actors, Locale locale, boolean mail) {
		Notice notice = notification.notice();
		String actor = notice.actorId() == null ? "" : actors.getOrDefault(notice.actorId(), label("notifications.someone", locale));
		if (notification.hidden()) {
			return messages.getMessage("notifications.text.hidden", new Object[] { actor }, locale);
		}
		Object[] args = { actor, notice.title(), time(notice.kind(), notice.itemTime(), locale),
				notice.detail() == null || mail ? "" : notice.detail() };
		String base = "notifications.text." + notice.kind().name();
		List<String> keys = new ArrayList<>();
		if (notice.variant() != null) {
			keys.addAll(mail ? List.of(base + "." + notice.variant() + ".mail", base + "." + notice.variant())
					: List.of(base + "." + notice.variant()));
		}
		if (mail) {
			keys.add(base + ".mail");
		}
		for (String key : keys) {
			String text = messages.getMessage(key, args, null, locale);
			if (text != null) {
				return text;
			}
		}
		return messages.getMessage(base, args, locale);
	}

	String kindLabel(NotificationKind kind, Locale locale) {
		return label("notifications.kind." + kind.name(), locale);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Sessions with date and time; an action's due date without. */
	private static String time(NotificationKind kind, @Nullable Instant at, Locale locale) {
		if (at == null) {
			return "";
		}
		String pattern = kind == NotificationKind.ACTION_ASSIGNED ? "d MMMM yyyy" : "EEEE d MMMM yyyy, HH:mm";
		return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(DateFormatting.ZONE));
	}

}

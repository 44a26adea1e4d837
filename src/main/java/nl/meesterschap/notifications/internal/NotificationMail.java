package nl.meesterschap.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.notifications.OutgoingMail;

/**
 * One e-mail for the notifications waiting for a person: one item gets its own sentence as subject, several are
 * listed. Each links through {@code /meldingen/<id>}, which marks it read. The unsubscribe link stops e-mail for
 * the kind of the mail (or for all kinds in a mixed mail).
 */
@Component
class NotificationMail {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final String UNSUBSCRIBE_SCHEME = "notifications";

	private final MailTemplates templates;

	private final NotificationTexts texts;

	private final JdbcMailOutbox outbox;

	private final People people;

	private final MessageSource messages;

	private final NotificationUnsubscribe unsubscribe;

	NotificationMail(MailTemplates templates, NotificationTexts texts, JdbcMailOutbox outbox, People people,
			MessageSource messages, NotificationUnsubscribe unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.templates = templates;
		this.texts = texts;
		this.outbox = outbox;
		this.people = people;
		this.messages = messages;
	}

	OutgoingMail compose(UUID personId, List<StoredNotification> notifications) {
		Map<UUID, String> actors = texts.actors(notifications);
		List<Item> items = notifications.stream()
			.map(n -> new Item(texts.text(n, actors, DUTCH, true), outbox.link("/meldingen/" + n.id())))
			.toList();
		Set<NotificationKind> kinds = notifications.stream().map(n -> n.notice().kind())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		String target = UNSUBSCRIBE_SCHEME + ":" + (kinds.size() == 1 ? kinds.iterator().next().name() : "all");
		String subject = items.size() == 1 ? shortened(items.get(0).text())
				: messages.getMessage("notifications.mail.subject.many", new Object[] { items.size() }, DUTCH);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("subject", subject);
		model.put("name", people.person(personId).map(PersonSummary::displayName).orElse(""));
		model.put("items", items);
		model.put("kinds", kinds.stream().map(k -> texts.kindLabel(k, DUTCH)).toList());
		model.put("listUrl", outbox.link("/meldingen"));
		model.put("settingsUrl", outbox.settingsUrl());
		model.put("unsubscribeUrl", outbox.unsubscribeUrl(personId, target));
		model.put("unsubscribeWhat", unsubscribe.describe(personId, target, DUTCH).orElse(""));
		return new OutgoingMail(personId, subject, templates.html("notifications", model, DUTCH),
				templates.text("notifications", model, DUTCH), "notifications:" + notifications.get(0).id(), target);
	}

	private static String shortened(String text) {
		return text.length() <= 150 ? text : text.substring(0, 149) + "…";
	}

	/** One line of the mail. */
	record Item(String text, String url) {
	}

}

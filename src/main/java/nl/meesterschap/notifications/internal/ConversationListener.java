package nl.meesterschap.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ItemModerated;
import nl.meesterschap.conversation.MentionMade;
import nl.meesterschap.conversation.ResponseDocument;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.practice.StoryWithdrawn;

/**
 * Responses, replies, mentions and "heeft mij geholpen". Each listener runs after the cause committed, in its own
 * transaction, and again after a restart if it failed (the event publication registry keeps the event until then).
 * The response is read back through the conversation module: when it is hidden, pending or gone by then, or the
 * person may no longer see the story, nobody is notified.
 */
@Component
class ConversationListener {

	static final String RESPONSE = "response";

	private final Conversations conversations;

	private final Audiences audiences;

	private final NotificationService notifications;

	ConversationListener(Conversations conversations, Audiences audiences, NotificationService notifications) {
		this.conversations = conversations;
		this.audiences = audiences;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ResponsePosted event) {
		Optional<ResponseDocument> response = conversations.document(event.responseId());
		if (response.isEmpty()) {
			return;
		}
		Map<UUID, NotificationKind> recipients = new LinkedHashMap<>();
		if (event.parentAuthorId() != null) {
			recipients.put(event.parentAuthorId(), NotificationKind.REPLY);
		}
		recipients.putIfAbsent(event.subjectOwnerId(), NotificationKind.RESPONSE);
		recipients.forEach((recipient, kind) -> {
			if (recipient.equals(event.subjectOwnerId()) || audiences.maySee(recipient, response.get().audienceKey())) {
				notifications.deliver(notice(recipient, kind, event.authorId(), response.get(), event.at()));
			}
		});
	}

	@ApplicationModuleListener
	void on(MentionMade event) {
		conversations.document(event.responseId())
			.filter(response -> audiences.maySee(event.mentionedId(), response.audienceKey()))
			.ifPresent(response -> notifications.deliver(
					notice(event.mentionedId(), NotificationKind.MENTION, event.authorId(), response, event.at())));
	}

	@ApplicationModuleListener
	void on(ResponseMarkedHelpful event) {
		conversations.document(event.responseId())
			.filter(response -> audiences.maySee(event.responderId(), response.audienceKey()))
			.ifPresent(response -> notifications.deliver(new Notice(event.responderId(), NotificationKind.HELPFUL,
					response.subjectKind(), "helpful:" + response.id(), event.markedBy(), subject(response), item(response),
					response.subjectTitle(), null, null, response.url(), event.at())));
	}

	/** Hidden stories and responses stop showing their title in notifications; restored ones show it again. */
	@ApplicationModuleListener
	void on(ItemModerated event) {
		notifications.moderated(event.targetKind(), event.targetId(), event.hidden());
	}

	/** A story its author deleted disappears from notifications like a hidden one (archiving can be undone). */
	@ApplicationModuleListener
	void on(StoryWithdrawn event) {
		if (event.deleted()) {
			notifications.moderated("story", event.storyId(), true);
		}
	}

	/** Responses, replies and mentions of one response share a cause, so a person hears of it once. */
	private static Notice notice(UUID recipient, NotificationKind kind, @Nullable UUID actor, ResponseDocument response,
			java.time.Instant at) {
		return new Notice(recipient, kind, response.subjectKind(), RESPONSE + ":" + response.id(), actor,
				subject(response), item(response), response.subjectTitle(), null, null, response.url(), at);
	}

	private static Notice.Ref subject(ResponseDocument response) {
		return new Notice.Ref(response.subjectKind(), response.subjectId());
	}

	private static Notice.Ref item(ResponseDocument response) {
		return new Notice.Ref(RESPONSE, response.id());
	}

}

package nl.meesterschap.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.notifications.internal.NotificationReader;

/** The JSON shapes of the notifications API. */
final class NotificationApiModel {

	private NotificationApiModel() {
	}

	@Schema(name = "Notification", description = "kind: RESPONSE, REPLY, MENTION, HELPFUL, SIGNAL_STATUS, SIGNAL_OVERDUE, "
			+ "CIRCLE_INVITATION, SESSION_INVITATION, SESSION_CHANGED, SESSION_REMINDER of ACTION_ASSIGNED; "
			+ "url ontbreekt als een moderator verborg waar de melding over gaat")
	record NotificationJson(UUID id, String kind, String text, @Nullable String url, Instant createdAt, boolean read,
			@Nullable Instant readAt) {

		static NotificationJson of(NotificationReader.View view, String base) {
			return new NotificationJson(view.id(), view.kind().name(), view.text(),
					view.url() == null ? null : base + view.url(), view.createdAt(), view.read(), view.readAt());
		}

	}

	@Schema(name = "NotificationList")
	record NotificationList(int total, int unread, int page, int size, List<NotificationJson> notifications) {
	}

	@Schema(name = "ReadCount", description = "Hoeveel meldingen nu als gelezen zijn gemarkeerd")
	record ReadCount(int marked) {
	}

	@Schema(name = "NotificationPreference", description = "channel: IN_APP, EMAIL_NOW, EMAIL_DIGEST of OFF")
	record PreferenceJson(@Nullable String kind, @Nullable String channel) {
	}

	@Schema(name = "NotificationPreferences", description = "Per soort hoe je ervan hoort, en hoe je e-mail ervoor staat")
	record PreferencesJson(List<PreferenceJson> preferences, @Nullable Email email) {
	}

	@Schema(name = "NotificationEmail", description = "stopped: we sturen geen e-mail meer (te vaak geweigerd of ongeldig adres)")
	record Email(@Nullable String address, boolean stopped, int bounces, @Nullable String reason) {
	}

	@Schema(name = "NotificationPreferencesUpdate", description = "Alleen de soorten die je noemt, veranderen")
	record PreferencesUpdate(@Nullable List<PreferenceJson> preferences) {
	}

}

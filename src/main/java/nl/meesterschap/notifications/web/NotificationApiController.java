package nl.meesterschap.notifications.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.notifications.internal.NotificationService;
import nl.meesterschap.notifications.internal.Preferences;
import nl.meesterschap.notifications.web.NotificationApiModel.Email;
import nl.meesterschap.notifications.web.NotificationApiModel.NotificationJson;
import nl.meesterschap.notifications.web.NotificationApiModel.NotificationList;
import nl.meesterschap.notifications.web.NotificationApiModel.PreferenceJson;
import nl.meesterschap.notifications.web.NotificationApiModel.PreferencesJson;
import nl.meesterschap.notifications.web.NotificationApiModel.PreferencesUpdate;
import nl.meesterschap.notifications.web.NotificationApiModel.ReadCount;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/** Your notifications and how you hear about them, over the API; someone else's notification is 404. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "notifications", description = "Meldingen: wat er gebeurde bij je verhalen, reacties en leerkringen")
class NotificationApiController {

	private static final int MAX_SIZE = 100;

	private final NotificationReader reader;

	private final NotificationService notifications;

	private final Preferences preferences;

	private final String base;

	NotificationApiController(NotificationReader reader, NotificationService notifications, Preferences preferences,
			@Value("${meesterschap.public-url}") String publicUrl) {
		this.reader = reader;
		this.notifications = notifications;
		this.preferences = preferences;
		this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping("/notifications")
	@Operation(operationId = "listNotifications", summary = "Je meldingen, nieuwste eerst")
	NotificationList list(@AuthenticationPrincipal AuthenticatedPerson me,
			@Parameter(description = "true: alleen ongelezen meldingen") @RequestParam(defaultValue = "false") boolean unread,
			@Parameter(description = "Pagina, vanaf 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Meldingen per pagina, hoogstens 100") @RequestParam(defaultValue = "20") int size,
			Locale locale) {
		List<Violation> violations = new ArrayList<>();
		if (page < 1) {
			violations.add(new Violation("page", "notifications.api.page"));
		}
		if (size < 1 || size > MAX_SIZE) {
			violations.add(new Violation("size", "notifications.api.size", MAX_SIZE));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		NotificationReader.Page found = reader.page(me.personId(), unread, page - 1, size, locale);
		return new NotificationList(found.total(), found.unread(), page, size,
				page - 1 > found.page() ? List.of() : found.items().stream().map(v -> NotificationJson.of(v, base)).toList());
	}

	@GetMapping("/notifications/{notificationId}")
	@Operation(operationId = "getNotification", summary = "Eén melding van jou")
	NotificationJson one(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID notificationId,
			Locale locale) {
		return NotificationJson.of(reader.one(me.personId(), notificationId, locale), base);
	}

	@PostMapping("/notifications/{notificationId}/read")
	@Operation(operationId = "markNotificationRead", summary = "Markeer een melding als gelezen (nog eens kan geen kwaad)")
	@ApiResponse(responseCode = "204", description = "Gelezen")
	ResponseEntity<Void> read(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID notificationId) {
		notifications.markRead(me.personId(), notificationId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/notifications/read-all")
	@Operation(operationId = "markAllNotificationsRead", summary = "Markeer al je meldingen als gelezen")
	ReadCount readAll(@AuthenticationPrincipal AuthenticatedPerson me) {
		return new ReadCount(notifications.markAllRead(me.personId()));
	}

	@GetMapping("/notification-preferences")
	@Operation(operationId = "getNotificationPreferences", summary = "Hoe je van elke soort melding hoort")
	PreferencesJson preferences(@AuthenticationPrincipal AuthenticatedPerson me) {
		return json(me.personId());
	}

	@PutMapping("/notification-preferences")
	@Operation(operationId = "updateNotificationPreferences", summary = "Kies per soort: IN_APP, EMAIL_NOW, EMAIL_DIGEST of OFF")
	PreferencesJson update(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestBody(required = false) @Nullable PreferencesUpdate update) {
		if (update == null || update.preferences() == null) {
			throw new InvalidInputException("preferences", "validation.required");
		}
		Map<NotificationKind, Channel> chosen = new EnumMap<>(NotificationKind.class);
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < update.preferences().size(); i++) {
			PreferenceJson p = update.preferences().get(i);
			NotificationKind kind = parse(NotificationKind.class, p.kind());
			Channel channel = parse(Channel.class, p.channel());
			if (kind == null) {
				violations.add(new Violation("preferences[" + i + "].kind", "notifications.api.unknown-value", String.valueOf(p.kind())));
			}
			if (channel == null) {
				violations.add(new Violation("preferences[" + i + "].channel", "notifications.api.unknown-value", String.valueOf(p.channel())));
			}
			if (kind != null && channel != null) {
				chosen.put(kind, channel);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		preferences.save(me.personId(), chosen);
		return json(me.personId());
	}

	private PreferencesJson json(UUID personId) {
		Preferences.Delivery delivery = preferences.delivery(personId);
		return new PreferencesJson(preferences.of(personId).entrySet().stream()
			.map(e -> new PreferenceJson(e.getKey().name(), e.getValue().name()))
			.toList(), new Email(delivery.address(), delivery.stopped(), delivery.bounces(), delivery.reason()));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}

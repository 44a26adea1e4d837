package nl.meesterschap.notifications.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.notifications.NotificationKind;

/** The table {@code notification_preference}: only choices that differ from the default need a row. */
@Repository
class PreferenceRepository {

	private final JdbcClient jdbc;

	private final Inserts inserts;

	PreferenceRepository(JdbcClient jdbc, Inserts inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** Every kind with the person's channel (their choice or the default). */
	Map<NotificationKind, Channel> of(UUID personId) {
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			channels.put(kind, Channel.defaultFor(kind));
		}
		jdbc.sql("SELECT kind, channel FROM notification_preference WHERE person_id = ?")
			.param(personId)
			.query((rs, n) -> {
				known(rs.getString("kind"), rs.getString("channel"), channels);
				return null;
			})
			.list();
		return channels;
	}

	Channel of(UUID personId, NotificationKind kind) {
		return jdbc.sql("SELECT channel FROM notification_preference WHERE person_id = ? AND kind = ?")
			.params(personId, kind.name())
			.query(String.class)
			.optional()
			.map(Channel::valueOf)
			.orElse(Channel.defaultFor(kind));
	}

	void save(UUID personId, NotificationKind kind, Channel channel) {
		boolean inserted = update(personId, kind, channel) > 0
				|| inserts.insert(() -> jdbc.sql("INSERT INTO notification_preference (person_id, kind, channel) VALUES (?, ?, ?)")
					.params(personId, kind.name(), channel.name())
					.update());
		if (!inserted) {
			update(personId, kind, channel);
		}
	}

	private int update(UUID personId, NotificationKind kind, Channel channel) {
		return jdbc.sql("UPDATE notification_preference SET channel = ? WHERE person_id = ? AND kind = ?")
			.params(channel.name(), personId, kind.name())
			.update();
	}

	/** Rows of kinds or channels this version no longer knows are ignored. */
	private static void known(String kind, String channel, Map<NotificationKind, Channel> into) {
		try {
			into.put(NotificationKind.valueOf(kind), Channel.valueOf(channel));
		}
		catch (IllegalArgumentException retired) {
			// keep the default
		}
	}

}

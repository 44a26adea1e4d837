package nl.meesterschap.signals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Timestamp conversions that behave the same on H2 and PostgreSQL. */
final class Db {

	/** Stands in for an empty id list in {@code IN (...)}, which SQL does not allow empty. */
	private static final UUID NONE = new UUID(0, 0);

	private Db() {
	}

	static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Collection<UUID> ids(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of(NONE) : ids;
	}

}

package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.instant;
import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.UpcomingSessions;
import nl.meesterschap.identity.Viewer;

/**
 * {@link UpcomingSessions} straight from the sessions table, in a few set-based queries (ids in slices of 500),
 * with the method names from {@link MethodRepository}. Only PLANNED sessions; the circle's members are the audience.
 */
@Component
@Transactional(readOnly = true)
class JdbcUpcomingSessions implements UpcomingSessions {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final int SLICE = 500;

	private static final String SELECT = """
			SELECT s.id, s.circle_id, s.method_id, s.title, s.starts_at, s.ends_at, s.place, s.online_url,
			  c.name AS circle_name, c.network_id
			FROM circles_session s JOIN circles_circle c ON c.id = s.circle_id
			WHERE s.status = 'PLANNED' AND""";

	private final JdbcClient jdbc;

	private final MethodRepository methods;

	JdbcUpcomingSessions(JdbcClient jdbc, MethodRepository methods) {
		this.jdbc = jdbc;
		this.methods = methods;
	}

	@Override
	public List<UpcomingSession> visibleTo(Viewer viewer, Instant from, Instant to) {
		return inCircles(viewer.circleIds(), from, to);
	}

	@Override
	public List<UpcomingSession> inCircles(Collection<UUID> circleIds, Instant from, Instant to) {
		List<Row> rows = new ArrayList<>();
		for (List<UUID> slice : slices(circleIds)) {
			rows.addAll(jdbc.sql(SELECT + " s.circle_id IN (:ids) AND s.starts_at >= :from AND s.starts_at < :to")
				.param("ids", slice)
				.param("from", ts(from))
				.param("to", ts(to))
				.query(JdbcUpcomingSessions::row)
				.list());
		}
		rows.sort(java.util.Comparator.comparing(Row::startsAt).thenComparing(Row::id));
		return views(rows);
	}

	@Override
	public List<UpcomingSession> planned(Collection<UUID> sessionIds) {
		List<Row> rows = new ArrayList<>();
		for (List<UUID> slice : slices(sessionIds)) {
			rows.addAll(jdbc.sql(SELECT + " s.id IN (:ids)").param("ids", slice).query(JdbcUpcomingSessions::row).list());
		}
		return views(rows);
	}

	private List<UpcomingSession> views(List<Row> rows) {
		Map<UUID, String> names = new HashMap<>();
		return rows.stream()
			.map(r -> new UpcomingSession(r.id(), r.circleId(), r.circleName(), r.networkId(), r.title(),
					names.computeIfAbsent(r.methodId(), id -> methods.find(id).map(m -> m.name(DUTCH)).orElse("")),
					r.startsAt(), r.endsAt(), r.place(), r.onlineUrl() != null && !r.onlineUrl().isBlank(),
					"/sessies/" + r.id()))
			.toList();
	}

	private static List<List<UUID>> slices(Collection<UUID> ids) {
		List<UUID> all = ids.stream().distinct().toList();
		List<List<UUID>> slices = new ArrayList<>();
		for (int i = 0; i < all.size(); i += SLICE) {
			slices.add(all.subList(i, Math.min(all.size(), i + SLICE)));
		}
		return slices;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(uuid(rs, "id"), uuid(rs, "circle_id"), uuid(rs, "method_id"), rs.getString("title"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"),
				rs.getString("circle_name"), uuidOrNull(rs, "network_id"));
	}

	private record Row(UUID id, UUID circleId, UUID methodId, @Nullable String title, Instant startsAt, Instant endsAt,
			@Nullable String place, @Nullable String onlineUrl, String circleName, @Nullable UUID networkId) {
	}

}

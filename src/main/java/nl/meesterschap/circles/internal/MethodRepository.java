package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Methods and their steps; a method is always read and written whole. */
@Repository("circlesMethodRepository")
class MethodRepository {

	private final JdbcClient jdbc;

	MethodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Method method, @Nullable UUID createdBy, Instant at) {
		jdbc.sql("""
				INSERT INTO circles_method (id, code, organisation_id, kind, name_nl, name_en, description_nl,
				  description_en, source_ref, min_participants, max_participants, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(method.id(), method.code(), method.organisationId(), method.kind().name(), nl(method.name()),
					en(method.name()), nl(method.description()), en(method.description()), method.source(),
					method.minParticipants(), method.maxParticipants(), createdBy, ts(at))
			.update();
		for (Method.Step s : method.steps()) {
			jdbc.sql("""
					INSERT INTO circles_method_step (method_id, step_no, title_nl, title_en, instruction_nl,
					  instruction_en, actor, time_box_minutes, case_bringer_present, written, part)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(method.id(), s.number(), nl(s.title()), en(s.title()), nl(s.instruction()), en(s.instruction()),
						s.actor().name(), s.minutes(), s.caseBringerPresent(), s.written(),
						s.part() == null ? null : s.part().name())
				.update();
		}
	}

	Optional<Method> find(UUID id) {
		return load("SELECT * FROM circles_method WHERE id = :id", Map.of("id", id)).stream().findFirst();
	}

	boolean standardExists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM circles_method WHERE organisation_id IS NULL AND code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	boolean codeTaken(UUID organisationId, String code) {
		return jdbc.sql("SELECT COUNT(*) FROM circles_method WHERE (organisation_id IS NULL OR organisation_id = ?) AND code = ?")
			.params(organisationId, code)
			.query(Long.class)
			.single() > 0;
	}

	/** The standard methods and, when given, an organisation's own; standard first. */
	List<Method> available(@Nullable UUID organisationId) {
		if (organisationId == null) {
			return load("SELECT * FROM circles_method WHERE organisation_id IS NULL ORDER BY created_at, code", Map.of());
		}
		return load("""
				SELECT * FROM circles_method WHERE organisation_id IS NULL OR organisation_id = :org
				ORDER BY CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END, created_at, code""", Map.of("org", organisationId));
	}

	private List<Method> load(String sql, Map<String, Object> params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(MethodRepository::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Method.Step>> steps = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM circles_method_step WHERE method_id IN (:ids) ORDER BY method_id, step_no")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				steps.computeIfAbsent(uuid(rs, "method_id"), k -> new ArrayList<>()).add(step(rs));
			});
		return rows.stream().map(r -> r.method(steps.getOrDefault(r.id(), List.of()))).toList();
	}

	private static Method.Step step(ResultSet rs) throws SQLException {
		String part = rs.getString("part");
		return new Method.Step(rs.getInt("step_no"), texts(rs.getString("title_nl"), rs.getString("title_en")),
				texts(rs.getString("instruction_nl"), rs.getString("instruction_en")),
				Method.Actor.valueOf(rs.getString("actor")), rs.getInt("time_box_minutes"),
				rs.getBoolean("case_bringer_present"), rs.getBoolean("written"),
				part == null ? null : Method.Part.valueOf(part));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(uuid(rs, "id"), rs.getString("code"), uuidOrNull(rs, "organisation_id"),
				Method.Kind.valueOf(rs.getString("kind")), texts(rs.getString("name_nl"), rs.getString("name_en")),
				texts(rs.getString("description_nl"), rs.getString("description_en")), rs.getString("source_ref"),
				rs.getInt("min_participants"), rs.getInt("max_participants"));
	}

	private static Map<String, String> texts(String nl, String en) {
		return Map.of("nl", nl, "en", en);
	}

	private static String nl(Map<String, String> texts) {
		return texts.getOrDefault("nl", "");
	}

	private static String en(Map<String, String> texts) {
		return texts.getOrDefault("en", nl(texts));
	}

	private record Row(UUID id, String code, @Nullable UUID organisationId, Method.Kind kind, Map<String, String> name,
			Map<String, String> description, @Nullable String source, int min, int max) {

		Method method(List<Method.Step> steps) {
			return new Method(id, code, organisationId, kind, name, description, source, min, max, steps);
		}

	}

}

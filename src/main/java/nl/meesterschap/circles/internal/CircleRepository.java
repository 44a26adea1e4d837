package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.instant;
import static nl.meesterschap.circles.internal.Rows.instantOrNull;
import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Circles and their memberships. */
@Repository("circlesCircleRepository")
class CircleRepository {

	private final JdbcClient jdbc;

	CircleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Circle circle) {
		jdbc.sql("""
				INSERT INTO circles_circle (id, name, kind, description, owner_organisation_id, network_id, created_by,
				  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(circle.id(), circle.name(), circle.kind().name(), circle.description(),
					circle.ownerOrganisationId(), circle.networkId(), circle.createdBy(), ts(circle.createdAt()))
			.update();
	}

	Optional<Circle> find(UUID id) {
		return jdbc.sql("SELECT * FROM circles_circle WHERE id = ?").param(id).query(CircleRepository::circle).optional();
	}

	/** Circles where the person has this membership status, by name. */
	List<Circle> ofPerson(UUID personId, Membership.Status status) {
		return jdbc.sql("""
				SELECT c.* FROM circles_circle c JOIN circles_member m ON m.circle_id = c.id
				WHERE m.person_id = ? AND m.status = ? ORDER BY c.name, c.id""")
			.params(personId, status.name())
			.query(CircleRepository::circle)
			.list();
	}

	List<UUID> circleIdsOf(UUID personId) {
		return jdbc.sql("SELECT circle_id FROM circles_member WHERE person_id = ? AND status = 'ACTIVE'")
			.param(personId)
			.query((rs, n) -> uuid(rs, "circle_id"))
			.list();
	}

	void saveMember(Membership m) {
		int updated = jdbc.sql("""
				UPDATE circles_member SET role = ?, status = ?, invited_by = ?, invited_at = ?, accepted_at = ?,
				  agreement_version = ? WHERE circle_id = ? AND person_id = ?""")
			.params(m.role().name(), m.status().name(), m.invitedBy(), ts(m.invitedAt()), ts(m.acceptedAt()),
					m.active() ? Membership.AGREEMENT_VERSION : null, m.circleId(), m.personId())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO circles_member (circle_id, person_id, role, status, invited_by, invited_at, accepted_at,
					  agreement_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(m.circleId(), m.personId(), m.role().name(), m.status().name(), m.invitedBy(),
						ts(m.invitedAt()), ts(m.acceptedAt()), m.active() ? Membership.AGREEMENT_VERSION : null)
				.update();
		}
	}

	Optional<Membership> membership(UUID circleId, UUID personId) {
		return jdbc.sql("SELECT * FROM circles_member WHERE circle_id = ? AND person_id = ?")
			.params(circleId, personId)
			.query(CircleRepository::membership)
			.optional();
	}

	/** Everyone with a place in the circle (invited and declined too), facilitators first. */
	List<Membership> members(UUID circleId) {
		return jdbc.sql("""
				SELECT * FROM circles_member WHERE circle_id = ?
				ORDER BY CASE role WHEN 'FACILITATOR' THEN 0 ELSE 1 END, invited_at, person_id""")
			.param(circleId)
			.query(CircleRepository::membership)
			.list();
	}

	List<UUID> activeMemberIds(UUID circleId) {
		return jdbc.sql("SELECT person_id FROM circles_member WHERE circle_id = ? AND status = 'ACTIVE' ORDER BY invited_at, person_id")
			.param(circleId)
			.query((rs, n) -> uuid(rs, "person_id"))
			.list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM circles_circle").query(Long.class).single() == 0;
	}

	private static Circle circle(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description");
		return new Circle(uuid(rs, "id"), rs.getString("name"), Circle.Kind.valueOf(rs.getString("kind")),
				description == null ? "" : description, uuid(rs, "owner_organisation_id"), uuidOrNull(rs, "network_id"),
				uuid(rs, "created_by"), instant(rs, "created_at"));
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		Instant accepted = instantOrNull(rs, "accepted_at");
		return new Membership(uuid(rs, "circle_id"), uuid(rs, "person_id"),
				Membership.Role.valueOf(rs.getString("role")), Membership.Status.valueOf(rs.getString("status")),
				uuidOrNull(rs, "invited_by"), instant(rs, "invited_at"), accepted);
	}

}

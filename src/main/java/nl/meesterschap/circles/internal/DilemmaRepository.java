package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dilemma structure of a moral case deliberation; always read and written whole. */
@Repository("circlesDilemmaRepository")
class DilemmaRepository {

	private final JdbcClient jdbc;

	DilemmaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(UUID sessionId, Dilemma d, Instant at) {
		for (String table : List.of("circles_dilemma", "circles_dilemma_stakeholder", "circles_dilemma_alternative",
				"circles_dilemma_weighing")) {
			jdbc.sql("DELETE FROM " + table + " WHERE session_id = ?").param(sessionId).update();
		}
		jdbc.sql("""
				INSERT INTO circles_dilemma (session_id, moral_question, option_a, harm_a, option_b, harm_b, conclusion,
				  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sessionId, d.moralQuestion(), d.optionA(), d.harmA(), d.optionB(), d.harmB(), d.conclusion(), ts(at))
			.update();
		for (int i = 0; i < d.stakeholders().size(); i++) {
			Dilemma.Stakeholder s = d.stakeholders().get(i);
			jdbc.sql("INSERT INTO circles_dilemma_stakeholder (session_id, position, name, values_text, norms_text) VALUES (?, ?, ?, ?, ?)")
				.params(sessionId, i, s.name(), s.values(), s.norms())
				.update();
		}
		for (int i = 0; i < d.alternatives().size(); i++) {
			jdbc.sql("INSERT INTO circles_dilemma_alternative (session_id, position, body) VALUES (?, ?, ?)")
				.params(sessionId, i, d.alternatives().get(i))
				.update();
		}
		for (Dilemma.Weighing w : d.weighings()) {
			jdbc.sql("""
					INSERT INTO circles_dilemma_weighing (session_id, person_id, choice, carrying_value, harm_accepted,
					  harm_limited, needed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(sessionId, w.personId(), w.choice(), w.carryingValue(), w.harmAccepted(), w.harmLimited(),
						w.needed(), ts(at))
				.update();
		}
	}

	Dilemma find(UUID sessionId) {
		List<Dilemma.Stakeholder> stakeholders = jdbc
			.sql("SELECT * FROM circles_dilemma_stakeholder WHERE session_id = ? ORDER BY position")
			.param(sessionId)
			.query((rs, n) -> new Dilemma.Stakeholder(text(rs.getString("name")), text(rs.getString("values_text")),
					text(rs.getString("norms_text"))))
			.list();
		List<String> alternatives = jdbc.sql("SELECT body FROM circles_dilemma_alternative WHERE session_id = ? ORDER BY position")
			.param(sessionId)
			.query(String.class)
			.list();
		List<Dilemma.Weighing> weighings = jdbc.sql("SELECT * FROM circles_dilemma_weighing WHERE session_id = ? ORDER BY updated_at, person_id")
			.param(sessionId)
			.query((rs, n) -> new Dilemma.Weighing(uuid(rs, "person_id"), text(rs.getString("choice")),
					text(rs.getString("carrying_value")), text(rs.getString("harm_accepted")),
					text(rs.getString("harm_limited")), text(rs.getString("needed"))))
			.list();
		return jdbc.sql("SELECT * FROM circles_dilemma WHERE session_id = ?")
			.param(sessionId)
			.query((rs, n) -> new Dilemma(text(rs.getString("moral_question")), text(rs.getString("option_a")),
					text(rs.getString("harm_a")), text(rs.getString("option_b")), text(rs.getString("harm_b")),
					stakeholders, alternatives, weighings, text(rs.getString("conclusion"))))
			.optional()
			.orElse(new Dilemma("", "", "", "", "", stakeholders, alternatives, weighings, ""));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}

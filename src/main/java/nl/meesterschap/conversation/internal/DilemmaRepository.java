package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DilemmaRepository {

	private final JdbcClient jdbc;

	DilemmaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Dilemma d) {
		jdbc.sql("""
				INSERT INTO conversation_dilemma (id, subject_kind, subject_id, owner_id, question, hide_from_step,
				  owner_choice, owner_reasoning, opened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.subjectKind(), d.subjectId(), d.ownerId(), d.question(), d.hideFromStep(),
					d.ownerChoice(), d.ownerReasoning(), Db.ts(d.openedAt()))
			.update();
		for (int i = 0; i < d.options().size(); i++) {
			jdbc.sql("INSERT INTO conversation_dilemma_option (dilemma_id, position, label) VALUES (?, ?, ?)")
				.params(d.id(), i, d.options().get(i))
				.update();
		}
	}

	Optional<Dilemma> ofSubject(String kind, UUID subjectId) {
		return jdbc.sql("SELECT * FROM conversation_dilemma WHERE subject_kind = ? AND subject_id = ?")
			.params(kind, subjectId)
			.query((rs, n) -> new Dilemma(rs.getObject("id", UUID.class), rs.getString("subject_kind"),
					rs.getObject("subject_id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("question"), rs.getString("hide_from_step"), List.of(), rs.getInt("owner_choice"),
					rs.getString("owner_reasoning"), Db.instant(rs, "opened_at"), Db.instant(rs, "closed_at")))
			.optional()
			.map(d -> new Dilemma(d.id(), d.subjectKind(), d.subjectId(), d.ownerId(), d.question(), d.hideFromStep(),
					options(d.id()), d.ownerChoice(), d.ownerReasoning(), d.openedAt(), d.closedAt()));
	}

	private List<String> options(UUID dilemmaId) {
		return jdbc.sql("SELECT label FROM conversation_dilemma_option WHERE dilemma_id = ? ORDER BY position")
			.param(dilemmaId)
			.query(String.class)
			.list();
	}

	boolean answer(UUID dilemmaId, UUID personId, int choice, String reasoning, Instant at) {
		boolean exists = answers(dilemmaId).stream().anyMatch(a -> a.personId().equals(personId));
		if (exists) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO conversation_dilemma_answer (dilemma_id, person_id, choice, reasoning, answered_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(dilemmaId, personId, choice, reasoning, Db.ts(at))
			.update();
		return true;
	}

	List<Answer> answers(UUID dilemmaId) {
		return jdbc.sql("SELECT * FROM conversation_dilemma_answer WHERE dilemma_id = ? ORDER BY answered_at")
			.param(dilemmaId)
			.query((rs, n) -> new Answer(rs.getObject("person_id", UUID.class), rs.getInt("choice"),
					rs.getString("reasoning"), Db.instant(rs, "answered_at")))
			.list();
	}

	void close(UUID dilemmaId, Instant at) {
		jdbc.sql("UPDATE conversation_dilemma SET closed_at = ? WHERE id = ?").params(Db.ts(at), dilemmaId).update();
	}

	/** A round: the question, the options, and the choice the owner actually made (hidden until answered). */
	record Dilemma(UUID id, String subjectKind, UUID subjectId, UUID ownerId, String question,
			@Nullable String hideFromStep, List<String> options, int ownerChoice, @Nullable String ownerReasoning,
			Instant openedAt, @Nullable Instant closedAt) {
	}

	record Answer(UUID personId, int choice, String reasoning, Instant at) {
	}

}

package nl.meesterschap.learning.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Statement ids are RFC 9562 version 5 (name-based, SHA-1) ids. */
class StatementIdsTests {

	@Test
	void a_name_based_id_matches_the_rfc_example() {
		UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
		assertThat(StatementIds.nameBased(dns, "www.example.com"))
			.isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
	}

	@Test
	void an_events_id_depends_on_every_part_of_its_identity() {
		UUID person = UUID.randomUUID();
		UUID session = UUID.randomUUID();
		assertThat(StatementIds.of("session-attended", session, person))
			.isEqualTo(StatementIds.of("session-attended", session, person))
			.isNotEqualTo(StatementIds.of("session-attended", session, UUID.randomUUID()))
			.isNotEqualTo(StatementIds.of("session-attended", person, session));
		assertThat(StatementIds.of("session-attended", session, person).version()).isEqualTo(5);
		assertThat(StatementIds.of("session-attended", session, person).variant()).isEqualTo(2);
	}

}

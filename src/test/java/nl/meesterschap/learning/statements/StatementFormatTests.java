package nl.meesterschap.learning.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The ids and canonical formats of returned statements. */
class StatementFormatTests {

	private final JsonNode stored = LrsJson.parse("""
			{"id": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
			 "actor": {"objectType": "Group", "name": "Team", "member": [{"name": "A", "mbox": "mailto:a@example.org"}]},
			 "verb": {"id": "http://example.org/v", "display": {"en-US": "did", "nl-NL": "deed"}},
			 "object": {"objectType": "Activity", "id": "http://example.org/a",
			   "definition": {"name": {"en-US": "Thing", "nl-NL": "Ding"}, "type": "http://example.org/t"}},
			 "context": {"contextActivities": {"parent": [{"id": "http://example.org/p", "definition": {"name": {"en-US": "P", "nl-NL": "O"}}}]}},
			 "stored": "2026-01-01T00:00:00.000Z",
			 "authority": {"objectType": "Agent", "name": "LMS", "account": {"homePage": "http://example.org", "name": "lms"}}}""");

	@Test
	void exact_returns_the_statement_as_stored() {
		assertThat(StatementFormat.EXACT.apply(stored, "nl")).isEqualTo(stored);
	}

	@Test
	void ids_keeps_only_identifiers_and_anonymous_group_members() {
		JsonNode ids = StatementFormat.IDS.apply(stored, null);
		assertThat(ids.get("verb").propertyNames()).containsExactly("id");
		assertThat(ids.get("object").propertyNames()).containsExactly("id");
		assertThat(ids.path("actor").path("member").get(0).propertyNames()).containsExactly("mbox");
		assertThat(ids.path("authority").propertyNames()).containsExactly("objectType", "account");
		assertThat(ids.at("/context/contextActivities/parent/0").propertyNames()).containsExactly("id");
	}

	@Test
	void canonical_keeps_one_language_per_map_and_the_agents_as_they_are() {
		JsonNode canonical = StatementFormat.CANONICAL.apply(stored, "nl-NL, en;q=0.5");
		assertThat(canonical.at("/verb/display").propertyNames()).containsExactly("nl-NL");
		assertThat(canonical.at("/object/definition/name/nl-NL").stringValue()).isEqualTo("Ding");
		assertThat(canonical.at("/context/contextActivities/parent/0/definition/name").propertyNames()).containsExactly("nl-NL");
		assertThat(canonical.get("actor")).isEqualTo(stored.get("actor"));
	}

}

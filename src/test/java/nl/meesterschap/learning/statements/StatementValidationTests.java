package nl.meesterschap.learning.statements;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.meesterschap.learning.InvalidStatementException;

/** xAPI's data rules: what the LRS accepts, and each kind of malformed statement it refuses with 400. */
class StatementValidationTests {

	private static final String ACTOR = "\"actor\": {\"mbox\": \"mailto:a@example.org\"}";

	private static final String VERB = "\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/attended\", \"display\": {\"en-US\": \"attended\"}}";

	private static final String OBJECT = "\"object\": {\"id\": \"http://example.org/a\"}";

	static String statement(String... extra) {
		StringBuilder json = new StringBuilder("{" + ACTOR + ", " + VERB + ", " + OBJECT);
		for (String property : extra) {
			json.append(", ").append(property);
		}
		return json.append('}').toString();
	}

	static String with(String actor, String verb, String object, String... extra) {
		StringBuilder json = new StringBuilder("{" + actor + ", " + verb + ", " + object);
		for (String property : extra) {
			json.append(", ").append(property);
		}
		return json.append('}').toString();
	}

	static Stream<Arguments> valid() {
		return Stream.of(
				Arguments.of("minimal", statement()),
				Arguments.of("identified group actor", with("\"actor\": {\"objectType\": \"Group\", \"openid\": \"http://openid.example.org/1\"}", VERB, OBJECT)),
				Arguments.of("anonymous group", with("\"actor\": {\"objectType\": \"Group\", \"member\": [{\"account\": {\"homePage\": \"http://example.org\", \"name\": \"x\"}}]}", VERB, OBJECT)),
				Arguments.of("RFC 3339 offset", statement("\"timestamp\": \"2008-09-15T15:53:00.601+02:00\"")),
				Arguments.of("duration in weeks", statement("\"result\": {\"duration\": \"P4W\"}")),
				Arguments.of("extension null values", statement("\"context\": {\"extensions\": {\"http://example.org/x\": null}}")),
				Arguments.of("empty definition", with(ACTOR, VERB, "\"object\": {\"id\": \"http://example.org/a\", \"definition\": {}}")),
				Arguments.of("single context activity", statement("\"context\": {\"contextActivities\": {\"parent\": {\"id\": \"http://example.org/p\"}}}")),
				Arguments.of("language tags", with(ACTOR, "\"verb\": {\"id\": \"http://example.org/v\", \"display\": {\"zh-Hans-CN\": \"x\", \"sr-Latn-RS\": \"y\", \"cmn\": \"z\"}}", OBJECT)),
				Arguments.of("choice interaction", with(ACTOR, VERB, "\"object\": {\"id\": \"http://example.org/q\", \"definition\": {\"interactionType\": \"choice\", \"correctResponsesPattern\": [\"a\"], \"choices\": [{\"id\": \"a\", \"description\": {\"en\": \"A\"}}, {\"id\": \"b\"}]}}")),
				Arguments.of("score within bounds", statement("\"result\": {\"score\": {\"scaled\": -1, \"raw\": 95, \"min\": 0, \"max\": 100.5}}")),
				Arguments.of("version 1.0", statement("\"version\": \"1.0\"")),
				Arguments.of("two-member authority", statement("\"authority\": {\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.org\"}, {\"account\": {\"homePage\": \"http://example.org\", \"name\": \"app\"}}]}")),
				Arguments.of("context agents (2.0)", statement("\"context\": {\"contextAgents\": [{\"objectType\": \"contextAgent\", \"agent\": {\"mbox\": \"mailto:c@example.org\"}, \"relevantTypes\": [\"http://example.org/t\"]}]}")),
				Arguments.of("voiding statement", with(ACTOR, "\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/voided\"}", "\"object\": {\"objectType\": \"StatementRef\", \"id\": \"ec531277-b57b-4c15-8d91-d292c5b2b8f7\"}")),
				Arguments.of("substatement", with(ACTOR, VERB, "\"object\": {\"objectType\": \"SubStatement\", " + ACTOR + ", " + VERB + ", " + OBJECT + "}")));
	}

	static Stream<Arguments> invalid() {
		return Stream.of(
				Arguments.of("missing actor", "{" + VERB + ", " + OBJECT + "}"),
				Arguments.of("property in the wrong case", statement("\"Context\": {}")),
				Arguments.of("null value", statement("\"result\": {\"response\": null}")),
				Arguments.of("id not a UUID", statement("\"id\": \"MA97B177-9383-4934-8543-0F91A7A02836\"")),
				Arguments.of("id a number", statement("\"id\": 12345")),
				Arguments.of("two identifiers", with("\"actor\": {\"mbox\": \"mailto:a@example.org\", \"openid\": \"http://example.org/o\"}", VERB, OBJECT)),
				Arguments.of("no identifier", with("\"actor\": {\"name\": \"nobody\"}", VERB, OBJECT)),
				Arguments.of("mbox without mailto", with("\"actor\": {\"mbox\": \"a@example.org\"}", VERB, OBJECT)),
				Arguments.of("objectType in the wrong case", with("\"actor\": {\"objectType\": \"agent\", \"mbox\": \"mailto:a@example.org\"}", VERB, OBJECT)),
				Arguments.of("anonymous group without members", with("\"actor\": {\"objectType\": \"Group\", \"name\": \"g\"}", VERB, OBJECT)),
				Arguments.of("group as a group member", with("\"actor\": {\"objectType\": \"Group\", \"member\": [{\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.org\"}]}", VERB, OBJECT)),
				Arguments.of("account homePage not an IRI", with("\"actor\": {\"account\": {\"homePage\": \"ab=c://x\", \"name\": \"n\"}}", VERB, OBJECT)),
				Arguments.of("verb id not an IRI", with(ACTOR, "\"verb\": {\"id\": \"attended\"}", OBJECT)),
				Arguments.of("display not a language map", with(ACTOR, "\"verb\": {\"id\": \"http://example.org/v\", \"display\": \"attended\"}", OBJECT)),
				Arguments.of("bad language tag", with(ACTOR, "\"verb\": {\"id\": \"http://example.org/v\", \"display\": {\"a12345\": \"x\"}}", OBJECT)),
				Arguments.of("repeated language extension", with(ACTOR, "\"verb\": {\"id\": \"http://example.org/v\", \"display\": {\"zh-z-aaa-z-bbb\": \"x\"}}", OBJECT)),
				Arguments.of("activity without id", with(ACTOR, VERB, "\"object\": {\"objectType\": \"Activity\"}")),
				Arguments.of("unknown interaction type", with(ACTOR, VERB, "\"object\": {\"id\": \"http://example.org/q\", \"definition\": {\"interactionType\": \"fill-iN\"}}")),
				Arguments.of("components for the wrong type", with(ACTOR, VERB, "\"object\": {\"id\": \"http://example.org/q\", \"definition\": {\"interactionType\": \"likert\", \"choices\": [{\"id\": \"a\"}]}}")),
				Arguments.of("duplicate component ids", with(ACTOR, VERB, "\"object\": {\"id\": \"http://example.org/q\", \"definition\": {\"interactionType\": \"choice\", \"choices\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}}")),
				Arguments.of("extension key not an IRI", statement("\"result\": {\"extensions\": {\"should fail\": true}}")),
				Arguments.of("timestamp -00:00", statement("\"timestamp\": \"2008-09-15T15:53:00.601-00:00\"")),
				Arguments.of("timestamp not a date", statement("\"timestamp\": \"01/011/2015\"")),
				Arguments.of("duration not ISO 8601", statement("\"result\": {\"duration\": \"P4W1D\"}")),
				Arguments.of("scaled score above 1", statement("\"result\": {\"score\": {\"scaled\": 1.01}}")),
				Arguments.of("raw above max", statement("\"result\": {\"score\": {\"raw\": 101, \"max\": 100}}")),
				Arguments.of("success as a string", statement("\"result\": {\"success\": \"true\"}")),
				Arguments.of("registration not a UUID", statement("\"context\": {\"registration\": \"12345\"}")),
				Arguments.of("team that is an agent", statement("\"context\": {\"team\": {\"mbox\": \"mailto:t@example.org\"}}")),
				Arguments.of("revision with an agent object", with(ACTOR, VERB, "\"object\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:o@example.org\"}", "\"context\": {\"revision\": \"1\"}")),
				Arguments.of("unknown context activities key", statement("\"context\": {\"contextActivities\": {\"consequences\": []}}")),
				Arguments.of("context agent with the wrong objectType", statement("\"context\": {\"contextAgents\": [{\"objectType\": \"Agent\", \"agent\": {\"mbox\": \"mailto:c@example.org\"}}]}")),
				Arguments.of("empty relevantTypes", statement("\"context\": {\"contextGroups\": [{\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.org\"}, \"relevantTypes\": []}]}")),
				Arguments.of("identified group authority", statement("\"authority\": {\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.org\", \"member\": [{\"mbox\": \"mailto:a@example.org\"}, {\"mbox\": \"mailto:b@example.org\"}]}")),
				Arguments.of("three-member authority", statement("\"authority\": {\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.org\"}, {\"mbox\": \"mailto:b@example.org\"}, {\"mbox\": \"mailto:c@example.org\"}]}")),
				Arguments.of("version 1.1.0", statement("\"version\": \"1.1.0\"")),
				Arguments.of("unknown object type", with(ACTOR, VERB, "\"object\": {\"objectType\": \"activity\", \"id\": \"http://example.org/a\"}")),
				Arguments.of("StatementRef without id", with(ACTOR, VERB, "\"object\": {\"objectType\": \"StatementRef\"}")),
				Arguments.of("voiding without a StatementRef", with(ACTOR, "\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/voided\"}", OBJECT)),
				Arguments.of("substatement with an id", with(ACTOR, VERB, "\"object\": {\"objectType\": \"SubStatement\", \"id\": \"ec531277-b57b-4c15-8d91-d292c5b2b8f7\", " + ACTOR + ", " + VERB + ", " + OBJECT + "}")),
				Arguments.of("nested substatement", with(ACTOR, VERB, "\"object\": {\"objectType\": \"SubStatement\", " + ACTOR + ", " + VERB + ", \"object\": {\"objectType\": \"SubStatement\", " + ACTOR + ", " + VERB + ", " + OBJECT + "}}")),
				Arguments.of("attachment without sha2", statement("\"attachments\": [{\"usageType\": \"http://example.org/u\", \"display\": {\"en\": \"x\"}, \"contentType\": \"text/plain\", \"length\": 1}]")),
				Arguments.of("attachment length as text", statement("\"attachments\": [{\"usageType\": \"http://example.org/u\", \"display\": {\"en\": \"x\"}, \"contentType\": \"text/plain\", \"length\": \"1\", \"sha2\": \"495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\"}]")));
	}

	@ParameterizedTest(name = "accepts: {0}")
	@MethodSource("valid")
	void accepts_a_valid_statement(String what, String json) {
		assertThatCode(() -> StatementValidator.validate(LrsJson.parse(json), XapiVersion.V2_0_0)).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "refuses: {0}")
	@MethodSource("invalid")
	void refuses_a_malformed_statement(String what, String json) {
		assertThatThrownBy(() -> StatementValidator.validate(LrsJson.parse(json), XapiVersion.V2_0_0))
			.isInstanceOf(InvalidStatementException.class);
	}

	@org.junit.jupiter.api.Test
	void context_agents_and_version_2_exist_only_in_xapi_2() {
		String contextAgents = statement("\"context\": {\"contextAgents\": [{\"objectType\": \"contextAgent\", \"agent\": {\"mbox\": \"mailto:c@example.org\"}}]}");
		assertThatThrownBy(() -> StatementValidator.validate(LrsJson.parse(contextAgents), XapiVersion.V1_0_3))
			.hasMessageContaining("contextAgents");
		assertThatThrownBy(() -> StatementValidator.validate(LrsJson.parse(statement("\"version\": \"2.0.0\"")), XapiVersion.V1_0_3))
			.hasMessageContaining("version");
		assertThatCode(() -> StatementValidator.validate(LrsJson.parse(statement("\"version\": \"2.0.0\"")), XapiVersion.V2_0_0))
			.doesNotThrowAnyException();
	}

	@org.junit.jupiter.api.Test
	void duplicate_properties_are_not_json_the_lrs_accepts() {
		assertThatThrownBy(() -> LrsJson.parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(InvalidStatementException.class);
	}

}

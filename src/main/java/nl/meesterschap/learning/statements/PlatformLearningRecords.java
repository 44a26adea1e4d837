package nl.meesterschap.learning.statements;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.LearningRecords;

/** {@link LearningRecords} for the platform's own statements: xAPI 2.0.0 rules, the platform as authority. */
@Service
class PlatformLearningRecords implements LearningRecords {

	private final Statements statements;

	private final ObjectNode authority;

	PlatformLearningRecords(Statements statements, @Value("${meesterschap.public-url}") String publicUrl) {
		this.statements = statements;
		this.authority = JsonNodeFactory.instance.objectNode();
		authority.put("objectType", "Agent");
		authority.put("name", "Meesterschap");
		ObjectNode account = authority.putObject("account");
		account.put("homePage", publicUrl.replaceAll("/+$", ""));
		account.put("name", "meesterschap-platform");
	}

	@Override
	public UUID record(UUID organisationId, JsonNode statement) {
		return statements.store(organisationId, List.of(statement), authority, XapiVersion.V2_0_0, List.of()).get(0);
	}

}

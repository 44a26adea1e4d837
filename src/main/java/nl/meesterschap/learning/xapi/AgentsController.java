package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Agents resource (xAPI Communication 2.4): the Person object for an Agent. This LRS keeps no person registry,
 * so the Person holds exactly the names and identifiers of the Agent asked about.
 */
@Controller
class AgentsController {

	@GetMapping("/xapi/agents")
	void person(HttpServletRequest request, HttpServletResponse response) throws IOException {
		JsonNode agent = DocumentParameters.of(request, Set.of("agent")).agent(true);
		ObjectNode person = JsonNodeFactory.instance.objectNode();
		person.put("objectType", "Person");
		if (agent.has("name")) {
			person.putArray("name").add(agent.get("name"));
		}
		for (String ifi : new String[] { "mbox", "mbox_sha1sum", "openid", "account" }) {
			if (agent.has(ifi)) {
				person.putArray(ifi).add(agent.get(ifi));
			}
		}
		XapiResponses.json(response, 200, person);
	}

}

package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.credentials.LrsClient;
import nl.meesterschap.learning.statements.ActivityDefinitions;

/**
 * The Activities resource (xAPI Communication 2.5): the LRS's canonical definition of an activity, merged from
 * the statements it received; an activity it never saw is returned with its id only.
 */
@Controller
class ActivitiesController {

	private final ActivityDefinitions activities;

	ActivitiesController(ActivityDefinitions activities) {
		this.activities = activities;
	}

	@GetMapping("/xapi/activities")
	void activity(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		DocumentParameters parameters = DocumentParameters.of(request, Set.of("activityId"));
		String activityId = parameters.activityId(true);
		JsonNode activity = activities.find(client.organisationId(), activityId).orElseGet(() -> {
			ObjectNode bare = JsonNodeFactory.instance.objectNode();
			bare.put("objectType", "Activity");
			bare.put("id", activityId);
			return bare;
		});
		XapiResponses.json(response, 200, activity);
	}

}

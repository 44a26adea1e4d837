package nl.meesterschap.learning.xapi;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The About resource (xAPI Communication 2.8): the xAPI versions this LRS speaks. Open without credentials. */
@Controller
class AboutController {

	@GetMapping("/xapi/about")
	void about(HttpServletResponse response) throws IOException {
		ObjectNode about = JsonNodeFactory.instance.objectNode();
		ArrayNode versions = about.putArray("version");
		for (String version : new String[] { "1.0.0", "1.0.1", "1.0.2", "1.0.3", "2.0.0" }) {
			versions.add(version);
		}
		about.putObject("extensions");
		XapiResponses.json(response, 200, about);
	}

}

package nl.meesterschap.practice.internal;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Story content as JSON, for revisions and working copies. */
@Component
class StorySnapshots {

	private final JsonMapper json;

	StorySnapshots(JsonMapper json) {
		this.json = json;
	}

	String write(StoryContent content) {
		return json.writeValueAsString(content);
	}

	StoryContent read(String snapshot) {
		return json.readValue(snapshot, StoryContent.class);
	}

}

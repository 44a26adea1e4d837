package nl.meesterschap.digest.internal;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Frozen editions as JSON in {@code digest_edition.snapshot}. */
@Component
class SnapshotJson {

	private final JsonMapper json;

	SnapshotJson(JsonMapper json) {
		this.json = json;
	}

	String write(Snapshot snapshot) {
		return json.writeValueAsString(snapshot);
	}

	Snapshot read(String text) {
		return json.readValue(text, Snapshot.class);
	}

}

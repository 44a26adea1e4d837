package nl.meesterschap.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.meesterschap.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** The demo stories pass the same rules and privacy guard as real ones: every published one is seeded published. */
@IntegrationTest
class DemoStoriesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	@SuppressWarnings("unchecked")
	void every_demo_story_is_seeded_with_its_status() throws IOException {
		List<Map<String, Object>> demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/stories.json")) {
			demo = json.readValue(in, List.class);
		}
		List<String> published = jdbc.sql("SELECT title FROM practice_story WHERE status = 'PUBLISHED'")
			.query(String.class)
			.list();
		List<String> drafts = jdbc.sql("SELECT title FROM practice_story WHERE status = 'DRAFT'").query(String.class).list();
		assertThat(demo).hasSizeBetween(20, 30);
		for (Map<String, Object> story : demo) {
			String title = (String) story.get("title");
			assertThat("PUBLISHED".equals(story.get("status")) ? published : drafts).as(title).contains(title);
		}
	}

}

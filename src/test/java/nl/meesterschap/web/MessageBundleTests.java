package nl.meesterschap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in Dutch and in English, and no text uses a plain apostrophe next to an argument. */
class MessageBundleTests {

	@Test
	void dutch_and_english_have_the_same_keys() throws IOException {
		Set<String> dutch = keys("messages/messages.properties");
		Set<String> english = keys("messages/messages_en.properties");
		assertThat(english).as("missing in English").containsAll(dutch);
		assertThat(dutch).as("missing in Dutch").containsAll(english);
	}

	@Test
	void texts_with_arguments_have_no_plain_apostrophes() throws IOException {
		for (String bundle : Set.of("messages/messages.properties", "messages/messages_en.properties")) {
			Properties properties = load(bundle);
			properties.forEach((key, value) -> {
				String text = value.toString();
				if (text.contains("{0}")) {
					assertThat(text).as(bundle + " " + key).doesNotContain("'");
				}
			});
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		return new TreeSet<>(load(resource).stringPropertyNames());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				MessageBundleTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

package nl.meesterschap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in Dutch and in English, and no text uses a plain apostrophe next to an argument. */
class MessageBundleTests {

	private static final List<String> BUNDLES = Arrays.stream(bundleNames()).toList();

	@Test
	void dutch_and_english_have_the_same_keys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> dutch = keys(bundle + ".properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(english).as("missing in English " + bundle).containsAll(dutch);
			assertThat(dutch).as("missing in Dutch " + bundle).containsAll(english);
		}
	}

	@Test
	void no_key_is_defined_in_two_bundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : keys(bundle + ".properties")) {
				assertThat(seen.add(key)).as("%s is defined again in %s", key, bundle).isTrue();
			}
		}
	}

	@Test
	void texts_with_arguments_have_no_plain_apostrophes() throws IOException {
		for (String bundle : BUNDLES.stream().flatMap(b -> List.of(b + ".properties", b + "_en.properties").stream()).toList()) {
			Properties properties = load(bundle);
			properties.forEach((key, value) -> {
				String text = value.toString();
				if (text.contains("{0}")) {
					assertThat(text).as(bundle + " " + key).doesNotContain("'");
				}
			});
		}
	}

	/** The bundles configured in application.properties (spring.messages.basename). */
	private static String[] bundleNames() {
		try {
			Properties application = load("application.properties");
			return application.getProperty("spring.messages.basename").split(",");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
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

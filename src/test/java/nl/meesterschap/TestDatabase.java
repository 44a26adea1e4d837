package nl.meesterschap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test context at PostgreSQL when the build runs the persistence tests there (system property
 * {@code meesterschap.test.database=postgresql}, set by the Maven profile that MEESTERSCHAP_TEST_POSTGRES_URL
 * activates). The schema is emptied once per test run, so Flyway builds it from scratch.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static boolean cleaned;

	public static boolean postgres() {
		return "postgresql".equals(System.getProperty("meesterschap.test.database"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!postgres()) {
			return;
		}
		String url = required("MEESTERSCHAP_TEST_POSTGRES_URL");
		String user = System.getenv().getOrDefault("MEESTERSCHAP_TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("MEESTERSCHAP_TEST_POSTGRES_PASSWORD", "");
		cleanOnce(url, user, password);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgresql",
				Map.of("spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
						password)));
	}

	private static synchronized void cleanOnce(String url, String user, String password) {
		if (cleaned) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
			statement.execute("CREATE SCHEMA public");
			cleaned = true;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the PostgreSQL test database at " + url, e);
		}
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " must be set to run the tests on PostgreSQL");
		}
		return value;
	}

}

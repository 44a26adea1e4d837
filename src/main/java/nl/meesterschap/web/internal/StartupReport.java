package nl.meesterschap.web.internal;

import java.util.Arrays;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/** Says plainly, once started, which mode, which database and which URL this instance runs with. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final DataSource dataSource;

	private final String publicUrl;

	private final boolean demoSeed;

	StartupReport(Environment environment, DataSource dataSource, @Value("${meesterschap.public-url}") String publicUrl,
			@Value("${meesterschap.demo.seed}") boolean demoSeed) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.publicUrl = publicUrl;
		this.demoSeed = demoSeed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		boolean server = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
		log.info("Meesterschap is running in {} mode | database: {} | demo data: {} | open {}",
				server ? "SERVER (PostgreSQL)" : "EMBEDDED (H2)", jdbcUrl(), demoSeed ? "on" : "off", publicUrl);
	}

	private String jdbcUrl() {
		DataSource target = dataSource;
		while (target instanceof DelegatingDataSource delegating && delegating.getTargetDataSource() != null) {
			target = delegating.getTargetDataSource();
		}
		return target instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : target.getClass().getSimpleName();
	}

}

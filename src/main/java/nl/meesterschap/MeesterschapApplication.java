package nl.meesterschap;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Starts Meesterschap. {@code java -jar meesterschap.jar} serves the site; {@code java -jar meesterschap.jar
 * <command>} runs an admin task without the web server ({@code help} lists them) and exits.
 * <p>
 * Beans are named by their fully qualified class name, so two modules may each have, say, an internal
 * {@code SessionRepository} without clashing; beans that templates use by name ({@code @dates}) name themselves.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
public class MeesterschapApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			SpringApplication cli = new SpringApplication(MeesterschapApplication.class);
			cli.setWebApplicationType(WebApplicationType.NONE);
			cli.setDefaultProperties(Map.of("meesterschap.cli.command", args[0], "spring.main.banner-mode", "off",
					"logging.level.root", "WARN"));
			ConfigurableApplicationContext context = cli.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(MeesterschapApplication.class, args);
	}

}

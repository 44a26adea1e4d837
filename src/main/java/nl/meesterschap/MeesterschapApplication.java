package nl.meesterschap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeesterschapApplication {

	public static void main(String[] args) {
		SpringApplication.run(MeesterschapApplication.class, args);
	}

}

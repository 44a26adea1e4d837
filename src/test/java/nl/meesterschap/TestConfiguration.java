package nl.meesterschap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every integration test shares. */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}

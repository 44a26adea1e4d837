package nl.meesterschap.notifications.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * {@code /afmelden/**} works without logging in and without a CSRF token: mail programs post the one-click
 * unsubscribe (RFC 8058) on their own, and the signed link in the path is the permission. The page never sees a
 * session (it is the same for everyone holding the link). Same security headers as every other page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UnsubscribeSecurity {

	/** The pages' Content-Security-Policy (identity's SecurityConfiguration). */
	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
			+ "object-src 'none'";

	@Bean
	@Order(5)
	SecurityFilterChain unsubscribeLinks(HttpSecurity http) throws Exception {
		http.securityMatcher("/afmelden/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
		return http.build();
	}

}

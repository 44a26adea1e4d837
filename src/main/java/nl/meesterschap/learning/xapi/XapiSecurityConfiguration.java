package nl.meesterschap.learning.xapi;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.ConsistencyWindow;

/**
 * The LRS's own filter chain for {@code /xapi/**}, before the API and page chains: stateless, no CSRF (callers
 * send HTTP Basic credentials, never cookies), CORS open to browser-based xAPI clients, and xAPI-style errors.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class XapiSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain xapi(HttpSecurity http, LrsCredentials credentials, ConsistencyWindow consistency)
			throws Exception {
		LrsAuthenticationFilter authentication = new LrsAuthenticationFilter(credentials);
		XapiVersionFilter version = new XapiVersionFilter(consistency);
		http.securityMatcher("/xapi/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.anonymous(anonymous -> anonymous.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.cors(cors -> cors.configurationSource(cors()))
			.addFilterBefore(new RawMultipartFilter(), BasicAuthenticationFilter.class)
			.addFilterAfter(new AlternateRequestFilter(), RawMultipartFilter.class)
			.addFilterAfter(authentication, AlternateRequestFilter.class)
			.addFilterAfter(version, LrsAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, LrsAuthenticationFilter.CHALLENGE);
				XapiHeaders.writeError(response, 401, "This LRS needs HTTP Basic authentication with LRS credentials");
			}).accessDeniedHandler((request, response, denied) -> XapiHeaders.writeError(response, 403,
					"These credentials may not do this")))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/xapi/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/xapi/about")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/xapi/about")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/** Browser-based LRS clients (course players) call from other origins with Basic credentials in a header. */
	private static UrlBasedCorsConfigurationSource cors() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Experience-API-Version", "If-Match",
				"If-None-Match", "Accept-Language", "Accept"));
		cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Location", XapiHeaders.VERSION,
				XapiHeaders.CONSISTENT_THROUGH, HttpHeaders.CONTENT_TYPE));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/xapi/**", cors);
		return source;
	}

}

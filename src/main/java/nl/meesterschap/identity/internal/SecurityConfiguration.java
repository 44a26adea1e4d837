package nl.meesterschap.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import nl.meesterschap.web.PendingForms;
import nl.meesterschap.web.ProblemWriter;

/**
 * Three filter chains: token issuing (password via HTTP Basic allowed), the rest of the API (bearer tokens or
 * the browser session), and the pages (form login). CSRF protects every write that rides on the session
 * cookie; calls with an Authorization header carry their own credentials and need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
			+ "object-src 'none'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
			CookieCsrfTokenRepository csrfTokens, LoginThrottle throttle) throws Exception {
		ApiSecurityResponses responses = new ApiSecurityResponses(problems);
		apiDefaults(http.securityMatcher("/api/v1/me/tokens", "/api/v1/me/tokens/**"), tokens, problems, responses,
				csrfTokens)
			.addFilterBefore(new LoginThrottle.Filter(throttle, problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(responses))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
			CookieCsrfTokenRepository csrfTokens) throws Exception {
		ApiSecurityResponses responses = new ApiSecurityResponses(problems);
		apiDefaults(http.securityMatcher("/api/**"), tokens, problems, responses, csrfTokens)
			.cors(cors -> cors.configurationSource(openApiDocumentCors()))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json")
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/v1/openapi.json")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	private HttpSecurity apiDefaults(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
			ApiSecurityResponses responses, CookieCsrfTokenRepository csrfTokens) throws Exception {
		return http.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).requireCsrfProtectionMatcher(sessionBasedWrite()))
			.headers(this::headers)
			.exceptionHandling(e -> e.authenticationEntryPoint(responses).accessDeniedHandler(responses));
	}

	/**
	 * CSRF tokens live in a cookie rather than in the session, so a form typed while the session expired still
	 * carries a valid token, reaches the login step and is kept (see {@link PendingForms}).
	 */
	@Bean
	CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("MEESTERSCHAP_CSRF");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	@Order(10)
	SecurityFilterChain pages(HttpSecurity http, PendingForms forms, CookieCsrfTokenRepository csrfTokens,
			LoginThrottle throttle, ProblemWriter problems) throws Exception {
		http.addFilterBefore(new LoginThrottle.Filter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(loginEntryPoint(forms)))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.authorizeHttpRequests(requests -> requests
			.requestMatchers("/inloggen", "/login", "/uitnodiging/**", "/vendor/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/error", "/over", "/toegankelijkheid", "/actuator/health/**",
					"/actuator/prometheus")
			.permitAll()
			.requestMatchers("/beheer/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/inloggen")
				.loginProcessingUrl("/inloggen")
				.usernameParameter("username")
				.passwordParameter("password")
				.failureHandler(new LoginFailureHandler())
				.successHandler(new ReturnToKeptFormHandler(forms))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll())
			.headers(this::headers)
			.httpBasic(basic -> basic.disable());
		return http.build();
	}

	/**
	 * Without a valid login: a kept form is kept and its author sent to log in; a background (htmx) request asks
	 * the browser to go to the login page; anything else is redirected there.
	 */
	private static AuthenticationEntryPoint loginEntryPoint(PendingForms forms) {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
		entryPoints.put(forms::keeps, new KeepFormEntryPoint(forms));
		entryPoints.put(request -> "true".equals(request.getHeader("HX-Request")), (request, response, e) -> {
			response.setHeader("HX-Redirect", request.getContextPath() + "/inloggen");
			response.setStatus(HttpServletResponse.SC_OK);
		});
		DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
		delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/inloggen"));
		return delegating;
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	/** Writes authenticated by the session cookie need a CSRF token; writes with an Authorization header do not. */
	private static RequestMatcher sessionBasedWrite() {
		return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	/** NL API Design Rules /core/publish-openapi: the OpenAPI document is readable from any origin. */
	private static UrlBasedCorsConfigurationSource openApiDocumentCors() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "OPTIONS"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/openapi.json", cors);
		return source;
	}

}

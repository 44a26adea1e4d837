package nl.meesterschap.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meesterschap.web.ProblemWriter;

/**
 * Failed logins per client address (form login and the API's HTTP Basic alike), next to the lockout per account:
 * the lockout stops guessing one password, this stops trying a few passwords on many accounts from one place.
 * Each address has a Bucket4j bucket of {@code failedLoginsPerAddress} tokens that fills up again, all at once,
 * every {@code failedLoginsWindow}; a failed login takes one token, and while the bucket is empty further attempts
 * from that address are refused before the password is even checked. Successful logins cost nothing, so a whole office
 * behind one address is only slowed down by many mistakes at once. The buckets live in memory per node: with N
 * nodes an attacker gets at most N times the budget, which the per-account lockout (in the database) still caps.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration window;

	LoginThrottle(SecuritySettings settings) {
		this.capacity = settings.failedLoginsPerAddress();
		this.window = settings.failedLoginsWindow();
	}

	/** Whether a login attempt from this address may go ahead. */
	boolean allows(String address) {
		Bucket bucket = buckets.get(address);
		return bucket == null || bucket.getAvailableTokens() > 0;
	}

	/** Seconds until the next attempt from this address is allowed (at least 1). */
	long secondsToWait(String address) {
		Bucket bucket = buckets.get(address);
		if (bucket == null) {
			return 1;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
	}

	@EventListener
	public void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			String address = details.getRemoteAddress();
			if (buckets.size() >= MAX_ADDRESSES) {
				forgetQuietAddresses();
			}
			Bucket bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
				.build());
			if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
				log.warn("Login attempts from {} paused after {} failures within {}", address, capacity, window);
			}
		}
	}

	/** Addresses whose bucket is full again have nothing to remember. */
	private void forgetQuietAddresses() {
		buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacity);
	}

	/** Refuses form logins ({@code POST /inloggen}) and HTTP Basic attempts while the address's bucket is empty. */
	static final class Filter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		private final ProblemWriter problems;

		Filter(LoginThrottle throttle, ProblemWriter problems) {
			this.throttle = throttle;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean formLogin = "POST".equals(request.getMethod()) && "/inloggen".equals(path);
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
			if ((formLogin || basic) && !throttle.allows(request.getRemoteAddr())) {
				long wait = throttle.secondsToWait(request.getRemoteAddr());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
				if (formLogin) {
					String username = request.getParameter("username");
					if (username != null) {
						request.getSession().setAttribute(LoginFailureHandler.USERNAME_ATTRIBUTE, username.strip());
					}
					response.sendRedirect(request.getContextPath() + "/inloggen?fout=te-vaak");
				}
				else {
					problems.write(response,
							problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "problem.too-many-logins"));
				}
				return;
			}
			chain.doFilter(request, response);
		}

	}

}

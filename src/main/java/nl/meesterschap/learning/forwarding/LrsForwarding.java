package nl.meesterschap.learning.forwarding;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.learning.statements.XapiVersion;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * Forwarding (optional per organisation): an administrator names an external LRS and its credentials; from then on
 * every statement stored for the organisation is queued with it and {@link Forwarder} sends it there in the
 * background, with retries.
 */
@Service
public class LrsForwarding {

	private final ForwardingRepository repository;

	private final Clock clock;

	LrsForwarding(ForwardingRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** What an administrator sends; a blank password keeps the saved one. */
	public record Settings(@Nullable String endpoint, @Nullable String username, @Nullable String password,
			@Nullable String xapiVersion, boolean enabled) {
	}

	@Transactional(readOnly = true)
	public Optional<ForwardingTarget> of(UUID organisationId) {
		return repository.find(organisationId);
	}

	/**
	 * Saves the organisation's target after checking every field (all problems at once, nothing saved when one is
	 * wrong). A saved target is tried again at once, without waiting for a backoff.
	 * @throws InvalidInputException with the fields endpoint, username, password and xapiVersion
	 */
	@Transactional
	public ForwardingTarget configure(UUID organisationId, UUID personId, Settings settings) {
		List<Violation> violations = new ArrayList<>();
		String endpoint = settings.endpoint() == null ? "" : settings.endpoint().strip().replaceAll("/+$", "");
		if (endpoint.isEmpty()) {
			violations.add(new Violation("endpoint", "lrs.forwarding.endpoint.required"));
		}
		else if (endpoint.length() > 500) {
			violations.add(new Violation("endpoint", "lrs.forwarding.too-long", 500));
		}
		else if (!validEndpoint(endpoint)) {
			violations.add(new Violation("endpoint", "lrs.forwarding.endpoint.invalid"));
		}
		String username = settings.username() == null ? "" : settings.username().strip();
		if (username.isEmpty()) {
			violations.add(new Violation("username", "lrs.forwarding.username.required"));
		}
		else if (username.length() > 255 || username.contains(":")) {
			violations.add(new Violation("username", "lrs.forwarding.username.invalid", 255));
		}
		String password = settings.password() == null || settings.password().isEmpty() ? null : settings.password();
		boolean existing = repository.find(organisationId).isPresent();
		if (password == null && !existing) {
			violations.add(new Violation("password", "lrs.forwarding.password.required"));
		}
		else if (password != null && password.length() > 255) {
			violations.add(new Violation("password", "lrs.forwarding.too-long", 255));
		}
		String versionHeader = settings.xapiVersion() == null || settings.xapiVersion().isBlank() ? "2.0.0"
				: settings.xapiVersion().strip();
		Optional<XapiVersion> version = XapiVersion.ofHeader(versionHeader).filter(v -> v.header().equals(versionHeader));
		if (version.isEmpty()) {
			violations.add(new Violation("xapiVersion", "lrs.credentials.version.invalid"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		repository.save(organisationId, endpoint, username, password, version.orElseThrow(), settings.enabled(), personId,
				clock.instant());
		return repository.find(organisationId).orElseThrow();
	}

	/** Stops forwarding and forgets the target and the statements still queued; false when there was none. */
	@Transactional
	public boolean remove(UUID organisationId) {
		return repository.delete(organisationId);
	}

	/** An absolute http(s) URL with a host, without query or fragment (the LRS's base, such as .../xapi). */
	static boolean validEndpoint(String endpoint) {
		try {
			URI uri = new URI(endpoint);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getQuery() == null
					&& uri.getFragment() == null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

}

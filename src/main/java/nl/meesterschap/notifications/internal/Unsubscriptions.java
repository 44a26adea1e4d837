package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.notifications.UnsubscribeHandler;
import nl.meesterschap.notifications.internal.UnsubscribeTokens.InvalidTokenException;

/**
 * The one-click unsubscribe page's logic: check the signed link (changed or unknown: invalid; past its date:
 * expired), then let the handler of the target's scheme describe it or carry it out.
 */
@Service
@Transactional
public class Unsubscriptions {

	private final UnsubscribeTokens tokens;

	private final Map<String, UnsubscribeHandler> handlers;

	private final Clock clock;

	Unsubscriptions(UnsubscribeTokens tokens, List<UnsubscribeHandler> handlers, Clock clock) {
		this.tokens = tokens;
		this.handlers = handlers.stream().collect(Collectors.toMap(UnsubscribeHandler::scheme, Function.identity()));
		this.clock = clock;
	}

	/** What the link would stop, for the page with the button; fails for a changed, unknown or expired link. */
	@Transactional(readOnly = true)
	public Request check(String token, Locale locale) {
		UnsubscribeTokens.Verified link = tokens.verify(token);
		if (link.expiredAt(clock.instant())) {
			throw new ExpiredLinkException();
		}
		UnsubscribeHandler handler = handler(link.target());
		String what = handler.describe(link.personId(), link.target(), locale).orElseThrow(InvalidTokenException::new);
		return new Request(link.personId(), link.target(), what);
	}

	/** Carries the link out (idempotent); returns what it stopped. */
	public Request unsubscribe(String token, Locale locale) {
		Request request = check(token, locale);
		handler(request.target()).unsubscribe(request.personId(), request.target());
		return request;
	}

	private UnsubscribeHandler handler(String target) {
		return Optional.ofNullable(handlers.get(target.substring(0, Math.max(0, target.indexOf(':')))))
			.orElseThrow(InvalidTokenException::new);
	}

	/** A valid link: who, what, and in words. */
	public record Request(UUID personId, String target, String description) {
	}

	/** The link was made here but is past its date. */
	public static class ExpiredLinkException extends RuntimeException {

		ExpiredLinkException() {
			super("Expired unsubscribe link");
		}

	}

}

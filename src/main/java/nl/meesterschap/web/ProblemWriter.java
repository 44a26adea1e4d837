package nl.meesterschap.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with Dutch (or English) texts from the message bundles, for the API's
 * exception handlers and for places outside Spring MVC such as security filters.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** A problem with a localized title for the status and the detail from message key {@code detailCode}. */
	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detailCode, Object... args) {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailCode, args, locale));
		problem.setTitle(title(status, locale));
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			problem.setInstance(URI.create(original instanceof String uri ? uri : request.getRequestURI()));
		}
		catch (IllegalArgumentException unusualPath) {
			// leave instance out rather than fail while reporting a failure
		}
		return problem;
	}

	/** A 400 problem listing each refused field in {@code invalidParams} ({@code name}, {@code code}, {@code reason}). */
	public ProblemDetail invalid(HttpServletRequest request, List<InvalidInputException.Violation> violations) {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "problem.invalid-input");
		problem.setProperty("invalidParams", violations.stream()
			.map(v -> new InvalidParam(v.field(), v.code(), text(v.code(), v.args(), locale)))
			.toList());
		return problem;
	}

	public String title(HttpStatus status, Locale locale) {
		try {
			return messages.getMessage("problem.title." + status.value(), null, locale);
		}
		catch (NoSuchMessageException e) {
			return status.getReasonPhrase();
		}
	}

	public String text(String code, Object[] args, Locale locale) {
		return messages.getMessage(code, args, code, locale);
	}

	/** Writes a problem directly to the response (for filters, entry points and the error controller). */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** One refused field of a 400 problem. */
	public record InvalidParam(String name, String code, String reason) {
	}

}

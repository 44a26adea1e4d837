package nl.meesterschap.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ProblemWriter;

/**
 * Every error of an API controller becomes {@code application/problem+json} with {@code status}, {@code title}
 * and {@code detail} in the caller's language; a stack trace never leaves the server.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ProblemWriter problems;

	ApiExceptionHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
		return ResponseEntity.badRequest().body(problems.invalid(request, e.violations()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problems.problem(request, HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse known) {
			return statusProblem(known.getStatusCode(), request);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return ResponseEntity.internalServerError()
			.body(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.Violation> violations = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new InvalidInputException.Violation(error.getField(),
					"validation." + error.getCode(), error.getArguments() == null ? new Object[0] : error.getArguments()))
			.toList();
		return ResponseEntity.badRequest().body(problems.invalid(servlet(request), violations));
	}

	/** Spring MVC's own exceptions (unreadable JSON, wrong method, unknown path...): keep status, localize texts. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = servlet(request);
		HttpStatus httpStatus = HttpStatus.valueOf(status.value());
		ProblemDetail problem = e instanceof ApiProblemException specific
				? problems.problem(servletRequest, httpStatus, specific.getReason(), specific.args())
				: problems.problem(servletRequest, httpStatus, detailCode(status));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private ResponseEntity<ProblemDetail> statusProblem(HttpStatusCode status, HttpServletRequest request) {
		return ResponseEntity.status(status)
			.body(problems.problem(request, HttpStatus.valueOf(status.value()), detailCode(status)));
	}

	static String detailCode(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "problem.bad-request";
			case 401 -> "problem.unauthorized";
			case 403 -> "problem.forbidden";
			case 404 -> "problem.not-found";
			case 405 -> "problem.method-not-allowed";
			case 406 -> "problem.not-acceptable";
			case 409 -> "problem.conflict";
			case 413 -> "problem.too-large";
			case 415 -> "problem.unsupported-media-type";
			case 429 -> "problem.too-many-requests";
			default -> status.is4xxClientError() ? "problem.bad-request" : "problem.internal";
		};
	}

	private static HttpServletRequest servlet(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

}

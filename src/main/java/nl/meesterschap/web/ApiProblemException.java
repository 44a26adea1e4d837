package nl.meesterschap.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An API error with its own explanation: {@code detailCode} is a message key (with arguments) that the
 * problem's {@code detail} is made from.
 */
public class ApiProblemException extends ResponseStatusException {

	private final transient Object[] args;

	public ApiProblemException(HttpStatus status, String detailCode, Object... args) {
		super(status, detailCode);
		this.args = args;
	}

	public Object[] args() {
		return args.clone();
	}

}

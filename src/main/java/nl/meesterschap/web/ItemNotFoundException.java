package nl.meesterschap.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Thrown when an item does not exist or the reader may not see it; both answer 404 (never 403), so nobody
 * learns that an item they may not see exists.
 */
public class ItemNotFoundException extends ResponseStatusException {

	public ItemNotFoundException() {
		super(HttpStatus.NOT_FOUND, "problem.not-found");
	}

}

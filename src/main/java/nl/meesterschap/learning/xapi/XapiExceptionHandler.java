package nl.meesterschap.learning.xapi;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import nl.meesterschap.learning.InvalidStatementException;
import nl.meesterschap.learning.documents.DocumentException;
import nl.meesterschap.learning.statements.StatementConflictException;

/** Errors of the LRS's resources as xAPI clients expect them: the status xAPI prescribes and a JSON message. */
@ControllerAdvice(basePackageClasses = XapiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class XapiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(XapiExceptionHandler.class);

	@ExceptionHandler(XapiException.class)
	void refused(XapiException e, HttpServletResponse response) throws IOException {
		XapiHeaders.writeError(response, e.status(), e.getMessage());
	}

	@ExceptionHandler(StatementConflictException.class)
	void conflict(StatementConflictException e, HttpServletResponse response) throws IOException {
		XapiHeaders.writeError(response, 409, e.getMessage());
	}

	@ExceptionHandler(InvalidStatementException.class)
	void invalid(InvalidStatementException e, HttpServletResponse response) throws IOException {
		XapiHeaders.writeError(response, 400, e.getMessage());
	}

	@ExceptionHandler(DocumentException.class)
	void document(DocumentException e, HttpServletResponse response) throws IOException {
		XapiHeaders.writeError(response, e.status(), e.getMessage());
	}

	@ExceptionHandler(Exception.class)
	void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (e instanceof ErrorResponse known) {
			XapiHeaders.writeError(response, known.getStatusCode().value(), e.getMessage());
			return;
		}
		log.error("Unexpected LRS error on {} {}", request.getMethod(), request.getRequestURI(), e);
		XapiHeaders.writeError(response, 500, "The LRS could not handle this request");
	}

}

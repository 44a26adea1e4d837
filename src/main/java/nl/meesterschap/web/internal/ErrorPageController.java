package nl.meesterschap.web.internal;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.meesterschap.web.ProblemWriter;

/**
 * Friendly error pages in the site's look (404, 403, 500, ...) and, for the API, problem+json, also for errors
 * that happen outside a controller. Never shows a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ProblemWriter problems;

	ErrorPageController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	@Nullable String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			problems.write(response, problems.problem(request, status, ApiExceptionHandler.detailCode(status)));
			return null;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return switch (status) {
			case NOT_FOUND, FORBIDDEN, INTERNAL_SERVER_ERROR -> "error/" + status.value();
			default -> "error/error";
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}

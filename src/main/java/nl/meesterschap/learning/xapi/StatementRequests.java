package nl.meesterschap.learning.xapi;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** The parameters of a GET /statements, from its query string or from the {@code more} link it follows. */
final class StatementRequests {

	private StatementRequests() {
	}

	static StatementParameters parameters(HttpServletRequest request, int maxPageSize) {
		Map<String, String[]> raw = request.getParameterMap();
		if (!raw.containsKey("more")) {
			return StatementParameters.parse(raw, maxPageSize);
		}
		if (raw.size() > 1 || raw.get("more").length != 1) {
			throw XapiException.badRequest("A more link takes no other parameters");
		}
		MoreLinks.More more = MoreLinks.parse(raw.get("more")[0]);
		return StatementParameters.parse(more.parameters(), maxPageSize, more.after());
	}

}

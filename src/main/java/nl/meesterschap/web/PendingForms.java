package nl.meesterschap.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Nothing typed is lost when a session expires. A long form marks itself with a hidden field
 * {@code _keep=<path of its edit page>}; when it is posted without a valid login, its fields are kept in the
 * (new) session, the person logs in again, lands back on that page, and the page restores what was typed.
 */
@Component
public class PendingForms {

	public static final String MARKER = "_keep";

	private static final String ATTRIBUTE = PendingForms.class.getName();

	/** True for a posted form that asked to be kept. */
	public boolean keeps(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && returnPath(request) != null;
	}

	/** Keeps the posted fields (not passwords or tokens) for the page they came from. */
	public void keep(HttpServletRequest request) {
		String path = returnPath(request);
		if (path == null) {
			return;
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.startsWith("_") && !name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
				fields.put(name, List.of(values));
			}
		});
		request.getSession(true).setAttribute(ATTRIBUTE, new PendingForm(path, fields, Instant.now()));
	}

	/** Where to go after logging in again, when a form is waiting. */
	public Optional<String> waitingPath(@Nullable HttpSession session) {
		return pending(session).map(PendingForm::path);
	}

	/** Takes the form kept for this page, if any (it is then gone from the session). */
	public Optional<PendingForm> take(@Nullable HttpSession session, String path) {
		Optional<PendingForm> form = pending(session).filter(f -> f.path().equals(path));
		form.ifPresent(f -> session.removeAttribute(ATTRIBUTE));
		return form;
	}

	private static Optional<PendingForm> pending(@Nullable HttpSession session) {
		return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingForm form ? Optional.of(form)
				: Optional.empty();
	}

	/** Only a path of this site, never another host. */
	private static @Nullable String returnPath(HttpServletRequest request) {
		String path = request.getParameter(MARKER);
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : null;
	}

	/** What was typed, by field name. */
	public record PendingForm(String path, Map<String, List<String>> fields, Instant keptAt) implements Serializable {

		public @Nullable String first(String name) {
			List<String> values = fields.get(name);
			return values == null || values.isEmpty() ? null : values.get(0);
		}

	}

}

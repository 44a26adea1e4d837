package nl.meesterschap.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.meesterschap.notifications.Notifications;
import nl.meesterschap.web.ShellUser;

/**
 * Puts the unread count into every page's model for the bell in the header (the layout includes
 * {@code notifications/bell} only when it is there, so the shell does not depend on this module). Not for the API
 * or htmx fragments, which draw no header; a failing count leaves the bell out rather than the page.
 */
@ControllerAdvice(annotations = Controller.class)
class BellAdvice {

	private static final Logger log = LoggerFactory.getLogger(BellAdvice.class);

	private final Notifications notifications;

	BellAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("notificationBell")
	@Nullable Bell bell(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ShellUser user)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| request.getHeader("HX-Request") != null) {
			return null;
		}
		try {
			return new Bell(notifications.unreadCount(user.personId()));
		}
		catch (RuntimeException e) {
			log.warn("No notification count for the header: {}", e.toString());
			return null;
		}
	}

	/** What the bell shows. */
	public record Bell(int unread) {
	}

}

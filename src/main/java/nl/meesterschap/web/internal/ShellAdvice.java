package nl.meesterschap.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.meesterschap.web.ShellUser;

/** Puts what the page layout needs (the signed-in person, the current path) into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	@ModelAttribute("shellUser")
	@Nullable ShellUser shellUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ShellUser user ? user : null;
	}

	/** This site's address as the visitor reached it, for links people pass on (invitations). */
	@ModelAttribute("baseUrl")
	String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}

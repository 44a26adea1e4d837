package nl.meesterschap.privacy.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.privacy.internal.PrivacyAuditLog;
import nl.meesterschap.web.ItemNotFoundException;

/** The privacy officer's log: who decided that a finding was not personal data, and when. */
@Controller
class PrivacyLogController {

	private final PrivacyAuditLog audit;

	private final People people;

	PrivacyLogController(PrivacyAuditLog audit, People people) {
		this.audit = audit;
		this.people = people;
	}

	@GetMapping("/privacy/logboek")
	String log(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		var viewer = people.viewer(me.personId());
		if (!viewer.hasRole(Role.PRIVACY_OFFICER)) {
			throw new ItemNotFoundException();
		}
		List<PrivacyAuditLog.Entry> entries = audit.latest(viewer.organisationId(), 200);
		Map<UUID, PersonSummary> actors = people.people(entries.stream().map(PrivacyAuditLog.Entry::actorId).toList());
		model.addAttribute("entries", entries);
		model.addAttribute("actors", actors);
		return "privacy/log";
	}

}

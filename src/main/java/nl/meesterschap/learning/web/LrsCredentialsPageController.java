package nl.meesterschap.learning.web;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Beheer › Leerregistraties: the LRS address and credentials of an organisation, for its administrators. A new
 * secret is shown once, right after it is made.
 */
@Controller
class LrsCredentialsPageController {

	private final LrsAdministration administration;

	private final LrsCredentials credentials;

	private final String endpoint;

	LrsCredentialsPageController(LrsAdministration administration, LrsCredentials credentials,
			@Value("${meesterschap.public-url}") String publicUrl) {
		this.administration = administration;
		this.credentials = credentials;
		this.endpoint = publicUrl.replaceAll("/+$", "") + "/xapi";
	}

	@GetMapping("/beheer/{slug}/lrs")
	String page(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("endpoint", endpoint);
		model.addAttribute("credentials", credentials.of(organisation.id()));
		return "learning/credentials";
	}

	@PostMapping("/beheer/{slug}/lrs")
	String issue(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "2.0.0") String xapiVersion,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		if (name.strip().length() > 100) {
			redirect.addFlashAttribute("credentialError", "lrs.credentials.name.too-long");
			return "redirect:/beheer/" + slug + "/lrs";
		}
		XapiVersion version = XapiVersion.ofHeader(xapiVersion).orElse(XapiVersion.V2_0_0);
		LrsCredentials.IssuedCredential issued = credentials.issue(organisation.id(), me.personId(), name, version);
		redirect.addFlashAttribute("newKey", issued.credential().key());
		redirect.addFlashAttribute("newSecret", issued.secret());
		redirect.addFlashAttribute("newName", issued.credential().name());
		return "redirect:/beheer/" + slug + "/lrs";
	}

	@PostMapping("/beheer/{slug}/lrs/{id}/intrekken")
	String revoke(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administered(me.personId(), slug);
		if (!credentials.revoke(organisation.id(), id)) {
			throw new ItemNotFoundException();
		}
		redirect.addFlashAttribute("notice", "lrs.credentials.revoked");
		return "redirect:/beheer/" + slug + "/lrs";
	}

}

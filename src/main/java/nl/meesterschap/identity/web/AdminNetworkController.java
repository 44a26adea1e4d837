package nl.meesterschap.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.NetworkAdministration;
import nl.meesterschap.web.InvalidInputException;

/** Beheer of networks: the owner names partner organisations, each organisation names its own members. */
@Controller
@RequestMapping("/beheer/{slug}/netwerken")
class AdminNetworkController {

	private final Administration administration;

	private final NetworkAdministration networks;

	private final People people;

	AdminNetworkController(Administration administration, NetworkAdministration networks, People people) {
		this.administration = administration;
		this.networks = networks;
		this.people = people;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("networks", networks.networksOf(organisation));
		return "identity/admin/networks";
	}

	@PostMapping
	String create(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		try {
			NetworkSummary network = networks.create(me.personId(), organisation, name, description);
			redirect.addFlashAttribute("notice", "admin.network.added");
			return "redirect:/beheer/" + slug + "/netwerken/" + network.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("networkError", e.violations().get(0).code());
			model.addAttribute("networkName", name);
			model.addAttribute("networkDescription", description);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return list(me, slug, model);
		}
	}

	@GetMapping("/{id}")
	String network(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		NetworkAdministration.NetworkView view = networks.network(organisation, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("view", view);
		model.addAttribute("candidates", administration.peopleOf(organisation).stream()
			.filter(p -> view.ownMembers().stream().noneMatch(m -> m.id().equals(p.id())))
			.toList());
		model.addAttribute("otherOrganisations", people.organisations().stream()
			.filter(o -> view.organisations().stream().noneMatch(p -> p.id().equals(o.id())))
			.toList());
		return "identity/admin/network";
	}

	@PostMapping("/{id}/organisaties")
	String organisations(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam UUID organisationId, @RequestParam String action,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		if (action.equals("verwijderen")) {
			networks.removeOrganisation(me.personId(), organisation, id, organisationId);
		}
		else {
			networks.addOrganisation(me.personId(), organisation, id, organisationId);
		}
		redirect.addFlashAttribute("notice", "admin.network.saved");
		return "redirect:/beheer/" + slug + "/netwerken/" + id;
	}

	@PostMapping("/{id}/leden")
	String members(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			@RequestParam UUID personId, @RequestParam String action, RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		try {
			if (action.equals("verwijderen")) {
				networks.removeMember(me.personId(), organisation, id, personId);
			}
			else {
				networks.addMember(me.personId(), organisation, id, personId);
			}
			redirect.addFlashAttribute("notice", "admin.network.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:/beheer/" + slug + "/netwerken/" + id;
	}

}

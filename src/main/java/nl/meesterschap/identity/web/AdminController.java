package nl.meesterschap.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.Invitations;
import nl.meesterschap.identity.internal.PersonRow;
import nl.meesterschap.web.InvalidInputException;

/**
 * Beheer: people and teams of an organisation the signed-in person administers. Another organisation's pages
 * answer 404.
 */
@Controller
@RequestMapping("/beheer")
class AdminController {

	private final Administration administration;

	private final java.time.Clock clock;

	AdminController(Administration administration, java.time.Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping
	String start(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		List<OrganisationSummary> organisations = administration.administeredBy(me.personId());
		if (organisations.size() == 1) {
			return "redirect:/beheer/" + organisations.get(0).slug();
		}
		model.addAttribute("organisations", organisations);
		return "identity/admin/start";
	}

	@GetMapping("/{slug}")
	String people(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("people", administration.peopleOf(organisation));
		model.addAttribute("now", clock.instant());
		return "identity/admin/people";
	}

	@GetMapping("/{slug}/mensen/nieuw")
	String newPerson(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		return personForm(organisation, new PersonForm(), null, model);
	}

	@PostMapping("/{slug}/mensen/nieuw")
	String addPerson(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@ModelAttribute("form") PersonForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		try {
			Administration.NewPerson added = administration.addPerson(me.personId(), organisation, form.details());
			redirect.addFlashAttribute("invitation", added.invitation());
			redirect.addFlashAttribute("notice", "admin.person.added");
			return "redirect:/beheer/" + slug + "/mensen/" + added.personId();
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return personForm(organisation, form, null, model);
		}
	}

	@GetMapping("/{slug}/mensen/{id}")
	String person(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		PersonRow person = administration.person(organisation, id);
		PersonForm form = new PersonForm();
		form.setDisplayName(person.displayName());
		form.setEmail(person.email());
		form.setUsername(person.username());
		form.setJobTitle(person.jobTitle() == null ? "" : person.jobTitle());
		form.setRoles(new java.util.HashSet<>(administration.rolesOf(organisation, id)));
		form.setTeamIds(new java.util.ArrayList<>(administration.teamIdsOf(id)));
		return personForm(organisation, form, person, model);
	}

	@PostMapping("/{slug}/mensen/{id}")
	String updatePerson(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		PersonRow person = administration.person(organisation, id);
		try {
			administration.updatePerson(me.personId(), organisation, id, form.details());
		}
		catch (InvalidInputException e) {
			e.applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			form.setUsername(person.username());
			return personForm(organisation, form, person, model);
		}
		redirect.addFlashAttribute("notice", "admin.person.saved");
		return "redirect:/beheer/" + slug + "/mensen/" + id;
	}

	@PostMapping("/{slug}/mensen/{id}/uitnodiging")
	String reinvite(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		Invitations.IssuedInvitation invitation = administration.reinvite(me.personId(), organisation, id);
		redirect.addFlashAttribute("invitation", invitation);
		return "redirect:/beheer/" + slug + "/mensen/" + id;
	}

	@PostMapping("/{slug}/mensen/{id}/status")
	String status(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, @PathVariable UUID id,
			@RequestParam String action, RedirectAttributes redirect) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		try {
			switch (action) {
				case "deblokkeren" -> administration.unlock(me.personId(), organisation, id);
				case "activeren" -> administration.setEnabled(me.personId(), organisation, id, true);
				case "deactiveren" -> administration.setEnabled(me.personId(), organisation, id, false);
				default -> throw new InvalidInputException("action", "validation.invalid");
			}
			redirect.addFlashAttribute("notice", "admin.person.status." + action);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("alert", e.violations().get(0).code());
		}
		return "redirect:/beheer/" + slug + "/mensen/" + id;
	}

	@GetMapping("/{slug}/teams")
	String teams(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("teams", administration.teamsWithMembers(organisation));
		return "identity/admin/teams";
	}

	@PostMapping("/{slug}/teams")
	String addTeam(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationSummary organisation = administration.administeredOrganisation(me.personId(), slug);
		try {
			administration.addTeam(me.personId(), organisation, name, description);
		}
		catch (InvalidInputException e) {
			model.addAttribute("teamError", e.violations().get(0).code());
			model.addAttribute("teamName", name);
			model.addAttribute("teamDescription", description);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return teams(me, slug, model);
		}
		redirect.addFlashAttribute("notice", "admin.team.added");
		return "redirect:/beheer/" + slug + "/teams";
	}

	private String personForm(OrganisationSummary organisation, PersonForm form, @Nullable PersonRow person,
			Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("person", person);
		model.addAttribute("now", clock.instant());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("teams", administration.teamsOf(organisation));
		return "identity/admin/person";
	}

}

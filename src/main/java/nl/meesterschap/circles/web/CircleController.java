package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Membership;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SummaryService;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.web.InvalidInputException;

/**
 * The circles pages: my circles with invitations and upcoming sessions, starting a circle, one circle (members,
 * sessions, open actions), inviting, and answering an invitation with the confidentiality agreement.
 */
@Controller("circlesCircleController")
@RequestMapping("/leerkringen")
class CircleController {

	private final CircleService circles;

	private final SessionService sessions;

	private final OutcomeService outcomes;

	private final SummaryService summaries;

	private final CirclePresenter presenter;

	private final People people;

	CircleController(CircleService circles, SessionService sessions, OutcomeService outcomes,
			SummaryService summaries, CirclePresenter presenter, People people) {
		this.circles = circles;
		this.sessions = sessions;
		this.outcomes = outcomes;
		this.summaries = summaries;
		this.presenter = presenter;
		this.people = people;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal AuthenticatedPerson me, Model model, Locale locale) {
		model.addAttribute("overview", presenter.overview(me.personId(), locale));
		model.addAttribute("shared", summaries.sharedWith(people.viewer(me.personId()), 10));
		return "circles/index";
	}

	/** A summary a circle shared outside itself; "not found" for anyone it was not shared with. */
	@GetMapping("/samenvattingen/{sessionId}")
	String shared(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID sessionId, Model model) {
		model.addAttribute("shared", summaries.shared(sessionId, people.viewer(me.personId())));
		return "circles/shared";
	}

	@GetMapping("/nieuw")
	String newCircle(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		return creating(me, new CircleForm(), model);
	}

	@PostMapping("/nieuw")
	String create(@AuthenticationPrincipal AuthenticatedPerson me, @ModelAttribute("form") CircleForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Circle circle = circles.create(me.personId(), form.input());
			redirect.addFlashAttribute("notice", "circle.created");
			return "redirect:/leerkringen/" + circle.id();
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return creating(me, form, model);
		}
	}

	@GetMapping("/{id}")
	String circle(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model, Locale locale) {
		boolean invited = circles.membership(id, me.personId())
			.filter(m -> m.status() == Membership.Status.INVITED)
			.isPresent();
		if (invited) {
			return "redirect:/leerkringen/" + id + "/uitnodiging";
		}
		return circlePage(me, id, new InviteForm(), model, locale);
	}

	@PostMapping("/{id}/uitnodigen")
	String invite(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("inviteForm") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			circles.invite(me.personId(), id, Forms.uuid(form.getPersonId()));
			redirect.addFlashAttribute("notice", "circle.invite.sent");
			return "redirect:/leerkringen/" + id + "#leden";
		}
		catch (InvalidInputException e) {
			Forms.refused(e, result, response);
			return circlePage(me, id, form, model, locale);
		}
	}

	@PostMapping("/{id}/begeleiders")
	String makeFacilitator(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam UUID personId, RedirectAttributes redirect) {
		circles.makeFacilitator(me.personId(), id, personId);
		redirect.addFlashAttribute("notice", "circle.facilitator.added");
		return "redirect:/leerkringen/" + id + "#leden";
	}

	@GetMapping("/{id}/uitnodiging")
	String invitation(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model) {
		Circle circle = circles.invitedTo(id, me.personId());
		Membership invitation = circles.membership(id, me.personId()).orElseThrow();
		model.addAttribute("circle", circle);
		model.addAttribute("invitedBy", invitation.invitedBy() == null ? ""
				: people.person(invitation.invitedBy()).map(p -> p.displayName()).orElse(""));
		model.addAttribute("organisation", people.organisation(circle.ownerOrganisationId()).map(o -> o.name()).orElse(""));
		return "circles/invitation";
	}

	@PostMapping("/{id}/uitnodiging")
	String answer(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "false") boolean agreed,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (action.equals("afslaan")) {
			circles.decline(me.personId(), id);
			redirect.addFlashAttribute("notice", "circle.invitation.declined");
			return "redirect:/leerkringen";
		}
		try {
			circles.accept(me.personId(), id, agreed);
		}
		catch (InvalidInputException e) {
			response.setStatus(422);
			model.addAttribute("agreementError", e.violations().get(0).code());
			return invitation(me, id, model);
		}
		redirect.addFlashAttribute("notice", "circle.invitation.accepted");
		return "redirect:/leerkringen/" + id;
	}

	private String creating(AuthenticatedPerson me, CircleForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", Circle.Kind.values());
		model.addAttribute("networks", people.networksOf(me.personId()));
		return "circles/new";
	}

	private String circlePage(AuthenticatedPerson me, UUID id, InviteForm form, Model model, Locale locale) {
		Circle circle = circles.ofMember(id, me.personId());
		List<Membership> members = circles.members(id, me.personId());
		boolean facilitator = members.stream().anyMatch(m -> m.personId().equals(me.personId()) && m.facilitator());
		model.addAttribute("circle", circle);
		model.addAttribute("members", members);
		model.addAttribute("facilitator", facilitator);
		model.addAttribute("people", presenter.people(members.stream().map(Membership::personId).toList()));
		model.addAttribute("organisations", presenter.organisationNames());
		model.addAttribute("network", circle.networkId() == null ? null : people.network(circle.networkId()).orElse(null));
		model.addAttribute("owner", people.organisation(circle.ownerOrganisationId()).map(o -> o.name()).orElse(""));
		model.addAttribute("sessions", presenter.sessionRows(sessions.ofCircle(id, me.personId()), locale));
		var open = outcomes.openActionsOfCircle(id, me.personId());
		model.addAttribute("openActions", open);
		model.addAttribute("actionOwners", presenter.names(open.stream().map(a -> a.ownerId()).toList()));
		model.addAttribute("inviteForm", form);
		model.addAttribute("candidates", facilitator ? circles.inviteCandidates(me.personId(), id) : List.of());
		return "circles/circle";
	}

}

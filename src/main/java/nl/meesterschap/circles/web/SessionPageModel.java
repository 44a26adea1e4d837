package nl.meesterschap.circles.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.meesterschap.circles.internal.Action;
import nl.meesterschap.circles.internal.Attendance;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.FacilitationService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionContext;

/**
 * What the session pages (prepare, facilitate, close) share: the session with its circle and method, the names of
 * the people involved, the steps on the clock, and the record kept so far (notes, insights, actions, dilemma).
 */
@Component("circlesSessionPageModel")
class SessionPageModel {

	private final CircleService circles;

	private final FacilitationService facilitation;

	private final OutcomeService outcomes;

	private final AttendanceService attendance;

	private final Names names;

	private final Clock clock;

	SessionPageModel(CircleService circles, FacilitationService facilitation, OutcomeService outcomes,
			AttendanceService attendance, Names names, Clock clock) {
		this.circles = circles;
		this.facilitation = facilitation;
		this.outcomes = outcomes;
		this.attendance = attendance;
		this.names = names;
		this.clock = clock;
	}

	/** The session, its circle and method, the members and everyone's names. */
	void fill(SessionContext context, Model model, Locale locale) {
		Session session = context.session();
		List<UUID> members = circles.activeMemberIds(context.circle().id());
		model.addAttribute("context", context);
		model.addAttribute("meeting", session);
		model.addAttribute("circle", context.circle());
		model.addAttribute("method", context.method());
		model.addAttribute("members", members);
		model.addAttribute("plan", StepPlan.of(context.method(), session, facilitation.stepStarts(context),
				clock.instant(), locale));
		List<Action> followUp = outcomes.forFollowUp(context);
		List<Action> actions = outcomes.actionsOf(context);
		List<Attendance> present = attendance.attendance(context);
		Set<UUID> ids = new LinkedHashSet<>(members);
		ids.add(session.createdBy());
		roles(session).forEach(ids::add);
		followUp.forEach(a -> ids.add(a.ownerId()));
		actions.forEach(a -> ids.add(a.ownerId()));
		present.forEach(a -> ids.add(a.personId()));
		model.addAttribute("names", names.of(ids));
		model.addAttribute("followUp", followUp);
		model.addAttribute("followUps", outcomes.followUps(context));
		model.addAttribute("actions", actions);
		model.addAttribute("attendance", present);
	}

	/** Only what the live part of the facilitation screen shows: the current step and its timer. */
	void live(SessionContext context, Model model, Locale locale) {
		model.addAttribute("context", context);
		model.addAttribute("meeting", context.session());
		model.addAttribute("method", context.method());
		model.addAttribute("plan", StepPlan.of(context.method(), context.session(), facilitation.stepStarts(context),
				clock.instant(), locale));
		UUID bringer = context.session().roles().caseBringerId();
		model.addAttribute("names", bringer == null ? java.util.Map.of() : names.of(List.of(bringer)));
	}

	/** The record kept so far: notes per step, insights, and for the dilemma method its structure. */
	void record(SessionContext context, Model model) {
		model.addAttribute("notes", facilitation.notes(context));
		model.addAttribute("insights", outcomes.insights(context));
		model.addAttribute("dilemma", context.method().structured() ? facilitation.dilemma(context) : null);
	}

	private static List<UUID> roles(Session session) {
		List<UUID> ids = new ArrayList<>();
		Session.Roles r = session.roles();
		for (UUID id : new UUID[] { r.facilitatorId(), r.timeKeeperId(), r.noteTakerId(), r.caseBringerId() }) {
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

}

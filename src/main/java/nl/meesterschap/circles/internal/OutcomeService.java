package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.ActionAssigned;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * What a session yields: insights and agreed actions (owner, due date). Open actions come back at the start of the
 * circle's next session, where they are followed up: done, not done, or carried over to the session after.
 */
@Service("circlesOutcomeService")
@Transactional
public class OutcomeService {

	private final Access access;

	private final OutcomeRepository outcomes;

	private final SessionRepository sessions;

	private final CircleService circles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutcomeService(Access access, OutcomeRepository outcomes, SessionRepository sessions, CircleService circles,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.outcomes = outcomes;
		this.sessions = sessions;
		this.circles = circles;
		this.events = events;
		this.clock = clock;
	}

	public Insight addInsight(UUID byId, UUID sessionId, @Nullable String text) {
		Access.open(access.noteTaker(sessionId, byId));
		Check check = new Check();
		String body = check.required("insight", text, 1000);
		check.throwIfAny();
		Insight insight = new Insight(UUID.randomUUID(), sessionId, body, byId, clock.instant());
		outcomes.insertInsight(insight);
		return insight;
	}

	public void removeInsight(UUID byId, UUID sessionId, UUID insightId) {
		Access.open(access.noteTaker(sessionId, byId));
		outcomes.deleteInsight(sessionId, insightId);
	}

	@Transactional(readOnly = true)
	public List<Insight> insights(SessionContext context) {
		return outcomes.insights(context.session().id());
	}

	/** An agreed action; its owner must be a member of the circle. Announced to the owner ({@link ActionAssigned}). */
	public Action addAction(UUID byId, UUID sessionId, @Nullable String description, @Nullable UUID ownerId,
			@Nullable LocalDate dueDate) {
		SessionContext context = Access.open(access.noteTaker(sessionId, byId));
		Check check = new Check();
		String text = check.required("description", description, 500);
		if (ownerId == null) {
			check.add("ownerId", "session.action.owner-required");
		}
		else if (!circles.activeMemberIds(context.circle().id()).contains(ownerId)) {
			check.add("ownerId", "session.role.not-member");
		}
		LocalDate sessionDay = context.session().startsAt().atZone(SessionService.ZONE).toLocalDate();
		if (dueDate != null && dueDate.isBefore(sessionDay)) {
			check.add("dueDate", "session.action.due-before-session");
		}
		check.throwIfAny();
		Action action = new Action(UUID.randomUUID(), context.circle().id(), sessionId, text, ownerId, dueDate,
				Action.Status.OPEN, byId, clock.instant());
		outcomes.insertAction(action);
		events.publishEvent(new ActionAssigned(action.id(), sessionId, action.circleId(), ownerId, text, dueDate, byId));
		return action;
	}

	@Transactional(readOnly = true)
	public List<Action> actionsOf(SessionContext context) {
		return outcomes.actionsOf(context.session().id());
	}

	/** Actions from earlier sessions to follow up in this one (also those already followed up here). */
	@Transactional(readOnly = true)
	public List<Action> forFollowUp(SessionContext context) {
		return outcomes.forFollowUp(context.circle().id(), context.session().id(), context.session().startsAt());
	}

	/** What was decided about each earlier action in this session, by action id. */
	@Transactional(readOnly = true)
	public Map<UUID, Action.Status> followUps(SessionContext context) {
		return outcomes.followUps(context.session().id());
	}

	@Transactional(readOnly = true)
	public List<Action> openActionsOfCircle(UUID circleId, UUID personId) {
		circles.ofMember(circleId, personId);
		return outcomes.openActionsOfCircle(circleId);
	}

	@Transactional(readOnly = true)
	public List<Action> openActionsOwnedBy(UUID personId) {
		return outcomes.openActionsOwnedBy(personId);
	}

	/** Done, not done, or carried over (then it stays open for the session after this one). */
	public void followUp(UUID byId, UUID sessionId, UUID actionId, Action.@Nullable Status status) {
		SessionContext context = Access.open(access.noteTaker(sessionId, byId));
		Action action = outcomes.action(actionId)
			.filter(a -> a.circleId().equals(context.circle().id()) && !a.sessionId().equals(sessionId))
			.orElseThrow(ItemNotFoundException::new);
		Instant madeAt = sessions.find(action.sessionId()).orElseThrow().startsAt();
		if (!madeAt.isBefore(context.session().startsAt())) {
			throw new ItemNotFoundException();
		}
		if (status == null || status == Action.Status.OPEN) {
			throw new InvalidInputException("status", "circle.input.choose");
		}
		outcomes.followUp(actionId, sessionId, status, byId, clock.instant());
	}

}

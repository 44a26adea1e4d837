package nl.meesterschap.circles.internal;

import java.util.UUID;

/** A session as one active member of its circle sees it, with what that member may do. */
public record SessionContext(Session session, Circle circle, Method method, Membership me) {

	public UUID personId() {
		return me.personId();
	}

	/** Circle facilitators and the session's facilitator lead: plan changes, run the method, close the session. */
	public boolean leads() {
		return me.facilitator() || me.personId().equals(session.roles().facilitatorId());
	}

	/** Who writes notes, insights and actions: those who lead and the note taker. */
	public boolean takesNotes() {
		return leads() || me.personId().equals(session.roles().noteTakerId());
	}

	public boolean bringsCase() {
		return me.personId().equals(session.roles().caseBringerId());
	}

	/** Facilitation reached past the last step. */
	public boolean stepsDone() {
		return session.currentStep() != null && session.currentStep() > method.steps().size();
	}

	/** True when something can still change (not closed or cancelled). */
	public boolean open() {
		return session.planned();
	}

}

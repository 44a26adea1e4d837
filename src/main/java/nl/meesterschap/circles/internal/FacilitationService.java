package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/**
 * Facilitation mode: the group walks through the method step by step on a shared screen. Whoever leads starts
 * the method and moves between steps (each start is logged, so the screen shows when a step began and when its
 * time box ends); notes and, for moral case deliberation, the dilemma structure are kept per session.
 */
@Service("circlesFacilitationService")
@Transactional
public class FacilitationService {

	static final int NOTE_LENGTH = 10_000;

	private final Access access;

	private final SessionRepository sessions;

	private final OutcomeRepository outcomes;

	private final DilemmaRepository dilemmas;

	private final CircleService circles;

	private final Clock clock;

	FacilitationService(Access access, SessionRepository sessions, OutcomeRepository outcomes,
			DilemmaRepository dilemmas, CircleService circles, Clock clock) {
		this.access = access;
		this.sessions = sessions;
		this.outcomes = outcomes;
		this.dilemmas = dilemmas;
		this.circles = circles;
		this.clock = clock;
	}

	/** Starts the method at its first step (again at step 1 when it was started before). */
	public void start(UUID byId, UUID sessionId) {
		goTo(byId, sessionId, 1);
	}

	/** Moves to a step; one past the last step means every step is done. */
	public void goTo(UUID byId, UUID sessionId, int step) {
		SessionContext context = access.openForLeader(sessionId, byId);
		int last = context.method().steps().size();
		if (step < 1 || step > last + 1) {
			throw new InvalidInputException("step", "session.step.unknown", step);
		}
		Session s = context.session();
		Instant now = clock.instant();
		if (step <= last) {
			sessions.stepStarted(sessionId, step, now);
		}
		sessions.update(new Session(s.id(), s.circleId(), s.methodId(), s.title(), s.startsAt(), s.endsAt(), s.place(),
				s.onlineUrl(), s.status(), s.sequence(), s.reflectionKind(), s.roles(), step,
				s.facilitationStartedAt() == null ? now : s.facilitationStartedAt(), s.closedAt(), s.createdBy(),
				s.createdAt(), now));
	}

	/** The note of one step; an empty note removes it. */
	public void saveNote(UUID byId, UUID sessionId, int step, @Nullable String text) {
		SessionContext context = Access.open(access.noteTaker(sessionId, byId));
		if (context.method().step(step).isEmpty()) {
			throw new InvalidInputException("step", "session.step.unknown", step);
		}
		Check check = new Check();
		String note = check.optional("note", text, NOTE_LENGTH);
		check.throwIfAny();
		outcomes.saveNote(sessionId, new StepNote(step, note, byId, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Map<Integer, StepNote> notes(SessionContext context) {
		return outcomes.notes(context.session().id());
	}

	@Transactional(readOnly = true)
	public Map<Integer, Instant> stepStarts(SessionContext context) {
		return sessions.stepStarts(context.session().id());
	}

	@Transactional(readOnly = true)
	public Dilemma dilemma(SessionContext context) {
		return dilemmas.find(context.session().id());
	}

	/** The whole dilemma structure, as the note taker keeps it; weighings only of members of the circle. */
	public Dilemma saveDilemma(UUID byId, UUID sessionId, Dilemma input) {
		SessionContext context = Access.open(access.noteTaker(sessionId, byId));
		requireStructured(context);
		Dilemma clean = checked(input, circles.activeMemberIds(context.circle().id()));
		dilemmas.save(sessionId, clean, clock.instant());
		return clean;
	}

	/** A member writes down their own weighing (step 7), on their own device. */
	public void saveOwnWeighing(UUID personId, UUID sessionId, Dilemma.Weighing weighing) {
		SessionContext context = Access.open(access.member(sessionId, personId));
		requireStructured(context);
		Dilemma current = dilemmas.find(sessionId);
		List<Dilemma.Weighing> weighings = new ArrayList<>(current.weighings().stream()
			.filter(w -> !w.personId().equals(personId))
			.toList());
		weighings.add(new Dilemma.Weighing(personId, weighing.choice(), weighing.carryingValue(),
				weighing.harmAccepted(), weighing.harmLimited(), weighing.needed()));
		saveChecked(context, new Dilemma(current.moralQuestion(), current.optionA(), current.harmA(),
				current.optionB(), current.harmB(), current.stakeholders(), current.alternatives(), weighings,
				current.conclusion()));
	}

	private void saveChecked(SessionContext context, Dilemma dilemma) {
		dilemmas.save(context.session().id(), checked(dilemma, circles.activeMemberIds(context.circle().id())),
				clock.instant());
	}

	private static void requireStructured(SessionContext context) {
		if (!context.method().structured()) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "session.dilemma.not-this-method");
		}
	}

	/** Texts stripped and within bounds; empty rows dropped. */
	static Dilemma checked(Dilemma d, List<UUID> members) {
		Check check = new Check();
		String question = check.optional("moralQuestion", d.moralQuestion(), 1000);
		String optionA = check.optional("optionA", d.optionA(), 2000);
		String harmA = check.optional("harmA", d.harmA(), 2000);
		String optionB = check.optional("optionB", d.optionB(), 2000);
		String harmB = check.optional("harmB", d.harmB(), 2000);
		String conclusion = check.optional("conclusion", d.conclusion(), 4000);
		List<Dilemma.Stakeholder> stakeholders = new ArrayList<>();
		for (int i = 0; i < d.stakeholders().size(); i++) {
			Dilemma.Stakeholder s = d.stakeholders().get(i);
			String field = "stakeholders[" + i + "].";
			String name = check.optional(field + "name", s.name(), 200);
			String values = check.optional(field + "values", s.values(), 1000);
			String norms = check.optional(field + "norms", s.norms(), 1000);
			if (name.isEmpty() && !(values.isEmpty() && norms.isEmpty())) {
				check.add(field + "name", "session.dilemma.stakeholder-name");
			}
			if (!name.isEmpty()) {
				stakeholders.add(new Dilemma.Stakeholder(name, values, norms));
			}
		}
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < d.alternatives().size(); i++) {
			String alternative = check.optional("alternatives[" + i + "]", d.alternatives().get(i), 1000);
			if (!alternative.isEmpty()) {
				alternatives.add(alternative);
			}
		}
		List<Dilemma.Weighing> weighings = new ArrayList<>();
		for (Dilemma.Weighing w : d.weighings()) {
			String field = "weighings[" + w.personId() + "].";
			if (!members.contains(w.personId())) {
				check.add(field + "choice", "session.role.not-member");
				continue;
			}
			Dilemma.Weighing clean = new Dilemma.Weighing(w.personId(), check.optional(field + "choice", w.choice(), 500),
					check.optional(field + "carryingValue", w.carryingValue(), 500),
					check.optional(field + "harmAccepted", w.harmAccepted(), 1000),
					check.optional(field + "harmLimited", w.harmLimited(), 1000),
					check.optional(field + "needed", w.needed(), 1000));
			if (!clean.isEmpty()) {
				weighings.add(clean);
			}
		}
		check.throwIfAny();
		return new Dilemma(question, optionA, harmA, optionB, harmB, stakeholders, alternatives, weighings, conclusion);
	}

}

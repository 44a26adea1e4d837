package nl.meesterschap.circles.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.Session;

/**
 * The method's steps on the clock: when each step started (or is planned to), when its time box ends, and how
 * many seconds the current step has left (negative: over time). Steps still to come are planned from the current
 * step's end, or from now once it runs over, so the list stays honest without JavaScript.
 */
record StepPlan(List<PlannedStep> steps, @Nullable PlannedStep current, long remainingSeconds, boolean started,
		boolean done, Instant plannedEnd) {

	static StepPlan of(Method method, Session session, Map<Integer, Instant> starts, Instant now, Locale locale) {
		int current = session.currentStep() == null ? 0 : session.currentStep();
		Instant cursor = session.facilitationStartedAt() != null ? session.facilitationStartedAt() : session.startsAt();
		List<PlannedStep> steps = new ArrayList<>();
		PlannedStep running = null;
		for (Method.Step step : method.steps()) {
			int n = step.number();
			Instant start = n <= current && starts.containsKey(n) ? starts.get(n) : cursor;
			Instant end = start.plus(Duration.ofMinutes(step.minutes()));
			State state = n < current ? State.DONE : n == current ? State.CURRENT : State.COMING;
			PlannedStep planned = new PlannedStep(n, step.title(locale), step.instruction(locale), step.actor(),
					step.minutes(), step.caseBringerPresent(), step.written(), step.part(), start, end,
					n <= current ? starts.get(n) : null, state);
			steps.add(planned);
			if (state == State.CURRENT) {
				running = planned;
				cursor = end.isBefore(now) ? now : end;
			}
			else {
				cursor = end;
			}
		}
		long remaining = running == null ? 0 : Duration.between(now, running.plannedEnd()).toSeconds();
		return new StepPlan(steps, running, remaining, current > 0, current > method.steps().size(), cursor);
	}

	/** True when the current step's time box is used up. */
	public boolean overTime() {
		return current != null && remainingSeconds < 0;
	}

	public enum State {
		DONE, CURRENT, COMING
	}

	/** One step with its times; {@code startedAt} is when it really started. */
	record PlannedStep(int number, String title, String instruction, Method.Actor actor, int minutes,
			boolean caseBringerPresent, boolean written, Method.@Nullable Part part, Instant plannedStart,
			Instant plannedEnd, @Nullable Instant startedAt, State state) {

		public boolean current() {
			return state == State.CURRENT;
		}

		public boolean done() {
			return state == State.DONE;
		}

	}

}

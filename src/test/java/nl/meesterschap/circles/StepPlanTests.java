package nl.meesterschap.circles.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.Session;

/** The steps on the clock: planned from the start, from the real starts once running, and overtime shifts the rest. */
class StepPlanTests {

	private static final Instant START = Instant.parse("2026-12-10T13:00:00Z");

	private final Method method = new Method(UUID.randomUUID(), "TEST", null, Method.Kind.INTERVISION,
			Map.of("nl", "Test"), Map.of("nl", ""), null, 3, 8,
			List.of(step(1, 5), step(2, 10), step(3, 15)));

	@Test
	void before_the_start_the_steps_follow_the_planned_time() {
		StepPlan plan = StepPlan.of(method, session(null, null), Map.of(), START.minus(Duration.ofDays(1)), Locale.ROOT);
		assertThat(plan.started()).isFalse();
		assertThat(plan.current()).isNull();
		assertThat(plan.steps()).extracting(StepPlan.PlannedStep::plannedStart)
			.containsExactly(START, START.plusSeconds(300), START.plusSeconds(900));
		assertThat(plan.plannedEnd()).isEqualTo(START.plus(Duration.ofMinutes(30)));
	}

	@Test
	void a_running_step_counts_down_from_its_real_start() {
		Instant stepTwo = START.plus(Duration.ofMinutes(7));
		StepPlan plan = StepPlan.of(method, session(2, START), Map.of(1, START, 2, stepTwo),
				stepTwo.plus(Duration.ofMinutes(4)), Locale.ROOT);
		assertThat(plan.current().number()).isEqualTo(2);
		assertThat(plan.remainingSeconds()).isEqualTo(6 * 60);
		assertThat(plan.overTime()).isFalse();
		assertThat(plan.steps().get(0).state()).isEqualTo(StepPlan.State.DONE);
		assertThat(plan.steps().get(2).plannedStart()).isEqualTo(stepTwo.plus(Duration.ofMinutes(10)));
	}

	@Test
	void over_time_the_remaining_steps_move_on_with_the_clock() {
		Instant now = START.plus(Duration.ofMinutes(8));
		StepPlan plan = StepPlan.of(method, session(1, START), Map.of(1, START), now, Locale.ROOT);
		assertThat(plan.overTime()).isTrue();
		assertThat(plan.remainingSeconds()).isEqualTo(-180);
		assertThat(plan.steps().get(1).plannedStart()).isEqualTo(now);
		assertThat(new CircleTimes().countdown(plan.remainingSeconds())).isEqualTo("+3:00");
		assertThat(new CircleTimes().countdown(605)).isEqualTo("10:05");
	}

	@Test
	void past_the_last_step_everything_is_done() {
		StepPlan plan = StepPlan.of(method, session(4, START), Map.of(1, START), START.plusSeconds(3600), Locale.ROOT);
		assertThat(plan.done()).isTrue();
		assertThat(plan.current()).isNull();
		assertThat(plan.steps()).allMatch(StepPlan.PlannedStep::done);
	}

	private static Session session(@Nullable Integer current, @Nullable Instant facilitationStarted) {
		return new Session(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, START,
				START.plus(Duration.ofMinutes(90)), "Zaal", null, Session.Status.PLANNED, 0, ReflectionKind.INTERVISION,
				new Session.Roles(null, null, null, null), current, facilitationStarted, null, UUID.randomUUID(), START, START);
	}

	private static Method.Step step(int number, int minutes) {
		return new Method.Step(number, Map.of("nl", "Stap " + number), Map.of("nl", "Doe iets."), Method.Actor.GROUP, minutes,
				true, false, null);
	}

}

package nl.meesterschap.circles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.privacy.PrivacyGuard;

/**
 * The demo circles ({@code circles/demo-circles.json}): an intervision circle across organisations in Netwerk
 * Noord and a moral case deliberation group, each with a past session (notes, insights, open actions, attendance;
 * the full dilemma structure for the moral case deliberation) and one upcoming session. Runs after the stories, so
 * a case bringer can bring one of theirs.
 */
@Component("circlesDemoCircleSeed")
@Order(30)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoCircleSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCircleSeed.class);

	private final CircleRepository circles;

	private final MethodRepository methods;

	private final SessionRepository sessions;

	private final PreparationRepository preparation;

	private final OutcomeRepository outcomes;

	private final DilemmaRepository dilemmas;

	private final People people;

	private final Stories stories;

	private final PrivacyGuard guard;

	private final JsonMapper json;

	private final Clock clock;

	DemoCircleSeed(CircleRepository circles, MethodRepository methods, SessionRepository sessions,
			PreparationRepository preparation, OutcomeRepository outcomes, DilemmaRepository dilemmas, People people,
			Stories stories, PrivacyGuard guard, JsonMapper json, Clock clock) {
		this.circles = circles;
		this.methods = methods;
		this.sessions = sessions;
		this.preparation = preparation;
		this.outcomes = outcomes;
		this.dilemmas = dilemmas;
		this.people = people;
		this.stories = stories;
		this.guard = guard;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!circles.isEmpty() || people.personByUsername("gert").isEmpty()) {
			return;
		}
		List<DemoCircle> demo;
		try (InputStream in = new ClassPathResource("circles/demo-circles.json").getInputStream()) {
			demo = json.readValue(in, File.class).circles();
		}
		int count = 0;
		for (DemoCircle d : demo) {
			count += seed(d);
		}
		log.info("Demo data: {} learning circles with {} sessions", demo.size(), count);
	}

	private int seed(DemoCircle d) {
		UUID facilitator = person(d.facilitator());
		Instant created = clock.instant().minus(Duration.ofDays(90));
		UUID network = d.network() == null ? null : people.networksOf(facilitator).stream()
			.filter(n -> n.slug().equals(d.network()))
			.findFirst()
			.orElseThrow()
			.id();
		Circle circle = new Circle(UUID.randomUUID(), d.name(), d.kind(), d.description(),
				people.viewer(facilitator).organisationId(), network, facilitator, created);
		circles.insert(circle);
		circles.saveMember(new Membership(circle.id(), facilitator, Membership.Role.FACILITATOR,
				Membership.Status.ACTIVE, null, created, created));
		d.members().forEach(username -> circles.saveMember(new Membership(circle.id(), person(username),
				Membership.Role.MEMBER, Membership.Status.ACTIVE, facilitator, created, created.plus(Duration.ofDays(1)))));
		d.invited().forEach(username -> circles.saveMember(new Membership(circle.id(), person(username),
				Membership.Role.MEMBER, Membership.Status.INVITED, facilitator, clock.instant().minus(Duration.ofDays(2)),
				null)));
		d.sessions().forEach(s -> session(circle, facilitator, s));
		return d.sessions().size();
	}

	private void session(Circle circle, UUID facilitator, DemoSession d) {
		Method method = methods.available(circle.ownerOrganisationId()).stream()
			.filter(m -> m.code().equals(d.method()))
			.findFirst()
			.orElseThrow();
		LocalDate day = weekday(LocalDate.now(clock.withZone(SessionService.ZONE)).plusDays(d.daysFromToday()),
				d.daysFromToday() < 0);
		Instant start = ZonedDateTime.of(day, LocalTime.parse(d.start()), SessionService.ZONE).toInstant();
		Instant end = ZonedDateTime.of(day, LocalTime.parse(d.end()), SessionService.ZONE).toInstant();
		UUID bringer = person(d.caseBringer());
		Session.Roles roles = new Session.Roles(facilitator, person(d.timeKeeper()), person(d.noteTaker()), bringer);
		Instant planned = start.minus(Duration.ofDays(21)).isBefore(clock.instant())
				? start.minus(Duration.ofDays(21)) : clock.instant();
		Session session = new Session(UUID.randomUUID(), circle.id(), method.id(), null, start, end, d.place(), null,
				d.held() ? Session.Status.HELD : Session.Status.PLANNED, 0, circle.kind().reflectionKind(), roles,
				d.held() ? method.steps().size() + 1 : null, d.held() ? start : null, d.held() ? end : null,
				facilitator, planned, planned);
		sessions.insert(session);
		bringCase(session, bringer, d);
		d.rsvps().forEach((username, answer) -> preparation.saveRsvp(session.id(),
				new Rsvp(person(username), Rsvp.Answer.valueOf(answer), planned.plus(Duration.ofHours(3)))));
		if (d.held()) {
			record(session, method, facilitator, d);
		}
	}

	private void bringCase(Session session, UUID bringer, DemoSession d) {
		UUID story = Boolean.TRUE.equals(d.caseStory()) ? stories.ownedBy(people.viewer(bringer)).stream()
			.filter(s -> s.status() == StoryStatus.PUBLISHED)
			.findFirst()
			.map(s -> s.id())
			.orElse(null) : null;
		if (story == null && d.caseText() == null) {
			return;
		}
		SessionCase draft = new SessionCase(session.id(), story, orEmpty(d.caseTitle()), orEmpty(d.caseText()), false,
				session.createdAt());
		boolean clean = guard.blocking(CaseService.subject(session.id()), draft.texts()).isEmpty();
		if (!clean) {
			log.warn("Demo case of {} is held back: the privacy guard finds something", session.id());
		}
		preparation.saveCase(new SessionCase(session.id(), story, draft.title(), draft.body(), clean, draft.updatedAt()));
	}

	private void record(Session session, Method method, UUID facilitator, DemoSession d) {
		Instant at = session.startsAt();
		for (Method.Step step : method.steps()) {
			sessions.stepStarted(session.id(), step.number(), at);
			String note = step.number() <= d.notes().size() ? d.notes().get(step.number() - 1) : "";
			outcomes.saveNote(session.id(), new StepNote(step.number(), note, session.roles().noteTakerId(),
					at.plus(Duration.ofMinutes(step.minutes()))));
			at = at.plus(Duration.ofMinutes(step.minutes()));
		}
		Instant end = session.endsAt();
		d.insights().forEach(text -> outcomes.insertInsight(new Insight(UUID.randomUUID(), session.id(), text,
				session.roles().noteTakerId(), end)));
		LocalDate today = LocalDate.now(clock.withZone(SessionService.ZONE));
		d.actions().forEach(a -> outcomes.insertAction(new Action(UUID.randomUUID(), session.circleId(), session.id(),
				a.description(), person(a.owner()), today.plusDays(a.dueFromToday()), Action.Status.OPEN,
				session.roles().noteTakerId(), end)));
		outcomes.replaceAttendance(session.id(), d.attendance().entrySet().stream()
			.map(e -> new Attendance(person(e.getKey()), true, e.getValue(), session.roleOf(person(e.getKey())),
					facilitator, end))
			.toList());
		if (d.dilemma() != null) {
			DemoDilemma x = d.dilemma();
			dilemmas.save(session.id(), new Dilemma(x.moralQuestion(), x.optionA(), x.harmA(), x.optionB(), x.harmB(),
					x.stakeholders(), x.alternatives(), x.weighings().stream()
						.map(w -> new Dilemma.Weighing(person(w.person()), w.choice(), w.carryingValue(),
								w.harmAccepted(), w.harmLimited(), w.needed()))
						.toList(), x.conclusion()), end);
		}
		if (d.summaryText() != null && guard.blocking(SummaryService.subject(session.id()),
				Map.of("summary", d.summaryText())).isEmpty()) {
			Circle circle = circles.find(session.circleId()).orElseThrow();
			Audience audience = "NETWORK".equals(d.summaryAudience()) && circle.networkId() != null
					? Audience.network(circle.networkId()) : Audience.organisation(circle.ownerOrganisationId());
			outcomes.saveSummary(new Summary(session.id(), d.summaryText(), audience, facilitator,
					end.plus(Duration.ofHours(1)), end.plus(Duration.ofHours(1))));
		}
	}

	/** Circles meet on working days: a weekend day moves to the Friday before (past) or the Monday after. */
	private static LocalDate weekday(LocalDate day, boolean past) {
		LocalDate moved = day;
		while (moved.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || moved.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
			moved = past ? moved.minusDays(1) : moved.plusDays(1);
		}
		return moved;
	}

	private UUID person(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	record File(List<DemoCircle> circles) {
	}

	record DemoCircle(String name, Circle.Kind kind, String description, @Nullable String network, String facilitator,
			List<String> members, List<String> invited, List<DemoSession> sessions) {
	}

	record DemoSession(String method, int daysFromToday, String start, String end, String place, String caseBringer,
			String timeKeeper, String noteTaker, @Nullable String caseTitle, @Nullable String caseText,
			@Nullable Boolean caseStory, boolean held, @Nullable List<String> notes, @Nullable List<String> insights,
			@Nullable List<DemoAction> actions, @Nullable Map<String, Integer> attendance,
			@Nullable Map<String, String> rsvps, @Nullable String summaryText, @Nullable String summaryAudience,
			@Nullable DemoDilemma dilemma) {

		DemoSession {
			notes = notes == null ? List.of() : notes;
			insights = insights == null ? List.of() : insights;
			actions = actions == null ? List.of() : actions;
			attendance = attendance == null ? Map.of() : attendance;
			rsvps = rsvps == null ? Map.of() : rsvps;
		}

	}

	record DemoAction(String owner, String description, int dueFromToday) {
	}

	record DemoDilemma(String moralQuestion, String optionA, String harmA, String optionB, String harmB,
			List<Dilemma.Stakeholder> stakeholders, List<String> alternatives, List<DemoWeighing> weighings,
			String conclusion) {
	}

	record DemoWeighing(String person, String choice, String carryingValue, String harmAccepted, String harmLimited,
			String needed) {
	}

}

package nl.meesterschap.learning.portfolio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.identity.CircleMemberships;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.portfolio.CompetencyCatalogue.Framework;
import nl.meesterschap.learning.portfolio.RegisterCatalogue.Register;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.web.DateFormatting;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The professional's portfolio. Every method takes the person whose portfolio it is and reads or writes only
 * their rows: callers pass the signed-in person, never an id from a request, so nobody else can reach it.
 */
@Service
public class Portfolio {

	/** The register code for "not in a register". */
	public static final String NO_REGISTER = "NONE";

	static final int DEFAULT_PERIOD_YEARS = 5;

	static final int MAX_TITLE = 200;

	static final int MAX_PROVIDER = 200;

	static final int MAX_ACCREDITATION = 40;

	static final int MAX_CERTIFICATE_NOTE = 500;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_NOTE = 1000;

	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final Pattern ACCREDITATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]*");

	private final PortfolioRepository repository;

	private final RegisterCatalogue registers;

	private final CompetencyCatalogue competencies;

	private final People people;

	private final Stories stories;

	private final Clock clock;

	Portfolio(PortfolioRepository repository, RegisterCatalogue registers, CompetencyCatalogue competencies,
			People people, Stories stories, Clock clock) {
		this.repository = repository;
		this.registers = registers;
		this.competencies = competencies;
		this.people = people;
		this.stories = stories;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(DateFormatting.ZONE));
	}

	// --- register and period ---

	/** The person's register code (NONE when they chose none or nothing yet). */
	public String registerCode(UUID personId) {
		return repository.settings(personId).map(PortfolioRepository.Settings::register).orElse(NO_REGISTER);
	}

	public Optional<LocalDate> periodStart(UUID personId) {
		return repository.settings(personId).map(PortfolioRepository.Settings::periodStart);
	}

	public List<Register> registers() {
		return registers.all();
	}

	/** Chooses the register and the start of the current period; a register needs a start date. */
	@Transactional
	public void chooseRegister(UUID personId, @Nullable String register, @Nullable String periodStart) {
		List<Violation> violations = new ArrayList<>();
		String code = register == null || register.isBlank() ? NO_REGISTER : register.strip();
		if (!code.equals(NO_REGISTER) && registers.find(code).isEmpty()) {
			violations.add(new Violation("register", "portfolio.register.invalid"));
		}
		LocalDate start = date(periodStart, "periodStart", "portfolio.register.start", violations);
		if (start == null && !code.equals(NO_REGISTER) && blank(periodStart)) {
			violations.add(new Violation("periodStart", "portfolio.register.start.required"));
		}
		refuse(violations);
		repository.saveSettings(personId, new PortfolioRepository.Settings(code, start), clock.instant());
	}

	// --- hours ---

	public HoursSummary hours(UUID personId) {
		Optional<PortfolioRepository.Settings> settings = repository.settings(personId);
		Register register = settings.flatMap(s -> registers.find(s.register())).orElse(null);
		LocalDate periodStart = settings.map(PortfolioRepository.Settings::periodStart).orElse(null);
		int years = register == null ? DEFAULT_PERIOD_YEARS : register.periodYears();
		LocalDate today = today();
		LocalDate from = periodStart != null ? periodStart : today.minusYears(years).plusDays(1);
		LocalDate until = periodStart != null ? periodStart.plusYears(years) : today.plusDays(1);
		List<Activity> counted = new ArrayList<>();
		int outside = 0;
		Map<Category, Integer> minutes = new EnumMap<>(Category.class);
		for (Activity activity : repository.activities(personId)) {
			if (activity.date().isBefore(from) || !activity.date().isBefore(until)) {
				outside++;
				continue;
			}
			counted.add(activity);
			minutes.merge(activity.category(), activity.minutes(), Integer::sum);
		}
		List<HoursSummary.CategoryHours> categories = new ArrayList<>();
		for (Category category : Category.values()) {
			categories.add(new HoursSummary.CategoryHours(category, minutes.getOrDefault(category, 0),
					register == null ? null : register.norm(category).orElse(null)));
		}
		return new HoursSummary(register, periodStart, from, until, categories, counted, outside);
	}

	/** Every activity of the person, inside the period or not, newest first. */
	public List<Activity> activities(UUID personId) {
		return repository.activities(personId);
	}

	/**
	 * A session attended counts automatically: only when the circles module says it counts for registration (at
	 * least the minimum net minutes), once per person and session, as reflection hours on the day it was held.
	 */
	@Transactional
	public void recordSession(SessionAttended event) {
		if (!event.countsForRegistration() || event.netMinutes() <= 0
				|| repository.hasSession(event.personId(), event.sessionId())) {
			return;
		}
		String circle = people.circle(event.circleId()).map(CircleMemberships.CircleRef::name).orElse("");
		try {
			repository.insert(new Activity(UUID.randomUUID(), event.personId(), Activity.Source.SESSION,
					event.sessionId(), event.circleId(), Category.REFLECTION, circle, null, null, event.netMinutes(),
					event.heldAt().atZone(DateFormatting.ZONE).toLocalDate(), event.kind().name(), event.role().name(),
					null, clock.instant()));
		}
		catch (DuplicateKeyException alreadyRecorded) {
			// the same event delivered twice at once: the first one counts
		}
	}

	/** Adds an activity by hand; every field is checked and all refusals come back at once. */
	@Transactional
	public Activity addActivity(UUID personId, ActivityInput input) {
		List<Violation> violations = new ArrayList<>();
		String title = text(input.title(), "title", "portfolio.activity.title", MAX_TITLE, true, violations);
		Category category = null;
		if (blank(input.category())) {
			violations.add(new Violation("category", "portfolio.activity.category.required"));
		}
		else {
			try {
				category = Category.valueOf(input.category().strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				violations.add(new Violation("category", "portfolio.activity.category.required"));
			}
		}
		Integer minutes = minutes(input.hours(), violations);
		LocalDate date = date(input.date(), "date", "portfolio.activity.date", violations);
		if (date == null && blank(input.date())) {
			violations.add(new Violation("date", "portfolio.activity.date.required"));
		}
		String accreditation = text(input.accreditationId(), "accreditationId", "portfolio.activity.accreditation",
				MAX_ACCREDITATION, false, violations);
		if (accreditation != null && !ACCREDITATION.matcher(accreditation).matches()) {
			violations.add(new Violation("accreditationId", "portfolio.activity.accreditation.invalid"));
		}
		if (category == Category.TRAINING && accreditation == null && !registerCode(personId).equals(NO_REGISTER)) {
			violations.add(new Violation("accreditationId", "portfolio.activity.accreditation.required"));
		}
		String provider = text(input.provider(), "provider", "portfolio.activity.provider", MAX_PROVIDER, false,
				violations);
		String note = text(input.certificateNote(), "certificateNote", "portfolio.activity.certificate", MAX_CERTIFICATE_NOTE,
				false, violations);
		refuse(violations);
		Activity activity = new Activity(UUID.randomUUID(), personId, Activity.Source.EXTERNAL, null, null, category,
				title, provider, accreditation, minutes, date, null, null, note, clock.instant());
		repository.insert(activity);
		return activity;
	}

	/** Removes an activity added by hand; sessions attended stay (404 for them and for anyone else's). */
	@Transactional
	public void removeActivity(UUID personId, UUID activityId) {
		if (!repository.deleteExternal(personId, activityId)) {
			throw new ItemNotFoundException();
		}
	}

	// --- competencies, goals and self-assessment ---

	public List<Framework> frameworks(UUID personId) {
		return competencies.forOrganisation(organisationSlug(personId));
	}

	public List<Goal> goals(UUID personId) {
		return repository.goals(personId);
	}

	@Transactional
	public Goal addGoal(UUID personId, GoalInput input) {
		List<Violation> violations = new ArrayList<>();
		competency(personId, input.framework(), input.competency(), violations);
		String title = text(input.title(), "title", "portfolio.goal.title", MAX_TITLE, true, violations);
		String description = text(input.description(), "description", "portfolio.goal.description", MAX_DESCRIPTION,
				false, violations);
		Goal.Status status = goalStatus(input.status(), violations);
		LocalDate target = date(input.targetDate(), "targetDate", "portfolio.goal.target", violations, true);
		refuse(violations);
		Goal goal = new Goal(UUID.randomUUID(), personId, input.framework().strip(), input.competency().strip(), title,
				description, status == null ? Goal.Status.PLANNED : status, target, clock.instant(), clock.instant());
		repository.insert(goal);
		return goal;
	}

	@Transactional
	public void changeGoalStatus(UUID personId, UUID goalId, @Nullable String status) {
		List<Violation> violations = new ArrayList<>();
		Goal.Status parsed = goalStatus(status, violations);
		if (parsed == null && violations.isEmpty()) {
			violations.add(new Violation("status", "portfolio.goal.status.invalid"));
		}
		refuse(violations);
		if (!repository.updateStatus(personId, goalId, parsed, clock.instant())) {
			throw new ItemNotFoundException();
		}
	}

	public List<Assessment> assessments(UUID personId) {
		return repository.assessments(personId);
	}

	@Transactional
	public Assessment assess(UUID personId, AssessmentInput input) {
		List<Violation> violations = new ArrayList<>();
		competency(personId, input.framework(), input.competency(), violations);
		Integer level = null;
		if (blank(input.level())) {
			violations.add(new Violation("level", "portfolio.assessment.level.required"));
		}
		else {
			try {
				level = Integer.parseInt(input.level().strip());
				if (level < Assessment.LOWEST || level > Assessment.HIGHEST) {
					violations.add(new Violation("level", "portfolio.assessment.level.required"));
				}
			}
			catch (NumberFormatException e) {
				violations.add(new Violation("level", "portfolio.assessment.level.required"));
			}
		}
		LocalDate on = blank(input.date()) ? today() : date(input.date(), "date", "portfolio.assessment.date", violations);
		String note = text(input.note(), "note", "portfolio.assessment.note", MAX_NOTE, false, violations);
		refuse(violations);
		Assessment assessment = new Assessment(UUID.randomUUID(), personId, input.framework().strip(),
				input.competency().strip(), level, note, on, clock.instant());
		repository.insert(assessment);
		return assessment;
	}

	// --- evidence ---

	@Transactional
	public void recordFeedback(Feedback feedback) {
		repository.insertIfAbsent(feedback);
	}

	public Evidence evidence(UUID personId) {
		List<Activity> sessions = repository.activities(personId)
			.stream()
			.filter(a -> a.source() == Activity.Source.SESSION)
			.toList();
		return new Evidence(stories.ownedBy(people.viewer(personId)), repository.feedback(personId, 50), sessions);
	}

	// --- checks ---

	private @Nullable String organisationSlug(UUID personId) {
		return people.person(personId)
			.flatMap(p -> people.organisation(p.organisationId()))
			.map(OrganisationSummary::slug)
			.orElse(null);
	}

	private void competency(UUID personId, @Nullable String framework, @Nullable String competency,
			List<Violation> violations) {
		if (blank(framework) || blank(competency)) {
			violations.add(new Violation("competency", "portfolio.competency.required"));
			return;
		}
		boolean known = competencies.find(framework.strip(), organisationSlug(personId))
			.flatMap(f -> f.competency(competency.strip()))
			.isPresent();
		if (!known) {
			violations.add(new Violation("competency", "portfolio.competency.invalid"));
		}
	}

	private static Goal.@Nullable Status goalStatus(@Nullable String status, List<Violation> violations) {
		if (blank(status)) {
			return null;
		}
		try {
			return Goal.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation("status", "portfolio.goal.status.invalid"));
			return null;
		}
	}

	/** Hours as typed (1,5 or 1.5) to whole net minutes, above 0 and at most {@link #MAX_HOURS}. */
	private static @Nullable Integer minutes(@Nullable String hours, List<Violation> violations) {
		if (blank(hours)) {
			violations.add(new Violation("hours", "portfolio.activity.hours.required"));
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(hours.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			violations.add(new Violation("hours", "portfolio.activity.hours.invalid"));
			return null;
		}
		if (value.signum() <= 0 || value.compareTo(MAX_HOURS) > 0) {
			violations.add(new Violation("hours", "portfolio.activity.hours.range", MAX_HOURS.intValue()));
			return null;
		}
		BigDecimal minutes = value.multiply(BigDecimal.valueOf(60));
		if (minutes.stripTrailingZeros().scale() > 0) {
			violations.add(new Violation("hours", "portfolio.activity.hours.whole-minutes"));
			return null;
		}
		return minutes.intValueExact();
	}

	private @Nullable LocalDate date(@Nullable String value, String field, String prefix, List<Violation> violations) {
		return date(value, field, prefix, violations, false);
	}

	/** A date not before 1990 and, unless {@code future} is allowed, not after today. */
	private @Nullable LocalDate date(@Nullable String value, String field, String prefix, List<Violation> violations,
			boolean future) {
		if (blank(value)) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(new Violation(field, prefix + ".invalid"));
			return null;
		}
		if (!future && date.isAfter(today())) {
			violations.add(new Violation(field, prefix + ".future"));
			return null;
		}
		if (date.isBefore(EARLIEST) || date.getYear() > 2100) {
			violations.add(new Violation(field, prefix + ".invalid"));
			return null;
		}
		return date;
	}

	private static @Nullable String text(@Nullable String value, String field, String prefix, int max, boolean required,
			List<Violation> violations) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, prefix + ".required"));
			}
			return null;
		}
		if (stripped.length() > max) {
			violations.add(new Violation(field, prefix + ".too-long", max));
			return null;
		}
		return stripped;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static void refuse(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** An activity as typed on the form or sent to the API: hours as text (1,5 or 1.5), the date as yyyy-mm-dd. */
	public record ActivityInput(@Nullable String title, @Nullable String category, @Nullable String hours,
			@Nullable String date, @Nullable String accreditationId, @Nullable String provider,
			@Nullable String certificateNote) {
	}

	public record GoalInput(@Nullable String framework, @Nullable String competency, @Nullable String title,
			@Nullable String description, @Nullable String status, @Nullable String targetDate) {
	}

	public record AssessmentInput(@Nullable String framework, @Nullable String competency, @Nullable String level,
			@Nullable String date, @Nullable String note) {
	}

}

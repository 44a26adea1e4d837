package nl.meesterschap.learning.portfolio.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.meesterschap.learning.portfolio.Activity;
import nl.meesterschap.learning.portfolio.Goal;
import nl.meesterschap.learning.portfolio.HoursSummary;
import nl.meesterschap.learning.portfolio.Portfolio;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.ActivityView;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.GoalView;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.HoursView;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.PeriodView;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.PortfolioResponse;
import nl.meesterschap.learning.portfolio.web.PortfolioApiModel.RegisterView;

/** The portfolio as the API shows it. */
@Component
class PortfolioApiMapper {

	private final Portfolio portfolio;

	private final Competencies competencies;

	PortfolioApiMapper(Portfolio portfolio, Competencies competencies) {
		this.portfolio = portfolio;
		this.competencies = competencies;
	}

	PortfolioResponse portfolio(UUID personId) {
		Locale locale = LocaleContextHolder.getLocale();
		HoursSummary hours = portfolio.hours(personId);
		RegisterView register = hours.register() == null ? null
				: new RegisterView(hours.register().code(), hours.register().name().in(locale),
						hours.register().periodYears(), hours.register().minimumSessionMinutes(),
						hours.register().source(), hours.register().verifiedOn());
		Competencies.Names names = competencies.names(personId, locale);
		return new PortfolioResponse(personId, register,
				new PeriodView(hours.from(), hours.lastDay(), hours.periodStart(), hours.outsidePeriod()),
				hours.categories().stream()
					.map(c -> new HoursView(c.category().name(), c.minutes(), c.hours(), c.minimumHours(),
							c.maximumHours(), c.met(), c.norm() == null ? null : c.norm().source(),
							c.norm() == null ? null : c.norm().verifiedOn()))
					.toList(),
				hours.totalHours(),
				portfolio.goals(personId).stream().map(g -> goal(g, names)).toList(),
				portfolio.activities(personId).stream().map(this::activity).toList());
	}

	GoalView goal(Goal g, Competencies.Names names) {
		return new GoalView(g.id(), g.framework(), g.competency(), names.of(g.framework(), g.competency()), g.title(),
				g.description(), g.status().name(), g.targetDate());
	}

	ActivityView activity(Activity a) {
		return new ActivityView(a.id(), a.source().name(), a.category().name(), a.title(), a.provider(),
				a.accreditationId(), a.minutes(), a.hours(), a.date(), a.reflectionKind(), a.sessionRole(),
				a.certificateNote(), a.sessionId());
	}

}

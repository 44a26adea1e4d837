package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.internal.Action;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.People;
import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/** On "Mijn overzicht": my next session, open invitations and the actions I agreed to. */
@Component("circlesCirclesHomePanel")
class CirclesHomePanel implements HomePanel {

	private final SessionService sessions;

	private final CircleService circles;

	private final OutcomeService outcomes;

	private final CirclePresenter presenter;

	private final People people;

	CirclesHomePanel(SessionService sessions, CircleService circles, OutcomeService outcomes,
			CirclePresenter presenter, People people) {
		this.sessions = sessions;
		this.circles = circles;
		this.outcomes = outcomes;
		this.presenter = presenter;
		this.people = people;
	}

	@Override
	public String template() {
		return "circles/home-panel";
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public Optional<Object> data(ShellUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		List<CirclePresenter.SessionRow> next = presenter.sessionRows(sessions.upcomingFor(user.personId(), 1), locale);
		List<ActionRow> actions = outcomes.openActionsOwnedBy(user.personId()).stream()
			.limit(5)
			.map(a -> new ActionRow(a, people.circle(a.circleId()).map(c -> c.name()).orElse("")))
			.toList();
		return Optional.of(new Data(next.isEmpty() ? null : next.get(0), circles.invitations(user.personId()).size(),
				actions, circles.mine(user.personId()).size()));
	}

	record Data(CirclePresenter.@Nullable SessionRow next, int invitations, List<ActionRow> actions, int circles) {
	}

	record ActionRow(Action action, String circleName) {
	}

}

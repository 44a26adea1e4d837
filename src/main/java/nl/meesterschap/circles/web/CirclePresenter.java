package nl.meesterschap.circles.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Membership;
import nl.meesterschap.circles.internal.MethodService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;

/** Turns circles and sessions into what the overview and circle pages show. */
@Component("circlesCirclePresenter")
class CirclePresenter {

	private final CircleService circles;

	private final SessionService sessions;

	private final MethodService methods;

	private final People people;

	private final Names names;

	CirclePresenter(CircleService circles, SessionService sessions, MethodService methods, People people, Names names) {
		this.circles = circles;
		this.sessions = sessions;
		this.methods = methods;
		this.people = people;
		this.names = names;
	}

	Overview overview(UUID personId, Locale locale) {
		List<SessionRow> upcoming = sessionRows(sessions.upcomingFor(personId, 20), locale);
		List<CircleRow> mine = circles.mine(personId).stream()
			.map(c -> new CircleRow(c, circles.activeMemberIds(c.id()).size(), upcoming.stream()
				.filter(s -> s.session().circleId().equals(c.id()))
				.findFirst()
				.orElse(null)))
			.toList();
		List<InvitationRow> invitations = circles.invitations(personId).stream()
			.map(c -> new InvitationRow(c, circles.membership(c.id(), personId)
				.map(Membership::invitedBy)
				.flatMap(people::person)
				.map(PersonSummary::displayName)
				.orElse("")))
			.toList();
		return new Overview(invitations, mine, upcoming);
	}

	List<SessionRow> sessionRows(List<Session> list, Locale locale) {
		Map<UUID, String> circleNames = new LinkedHashMap<>();
		Map<UUID, String> methodNames = new LinkedHashMap<>();
		return list.stream()
			.map(s -> new SessionRow(s,
					circleNames.computeIfAbsent(s.circleId(),
							id -> people.circle(id).map(c -> c.name()).orElse("")),
					methodNames.computeIfAbsent(s.methodId(), id -> methods.get(id).name(locale))))
			.toList();
	}

	Map<UUID, PersonSummary> people(Collection<UUID> ids) {
		return names.people(ids);
	}

	Map<UUID, String> names(Collection<UUID> ids) {
		return names.of(ids);
	}

	Map<UUID, String> organisationNames() {
		Map<UUID, String> organisations = new LinkedHashMap<>();
		people.organisations().forEach(o -> organisations.put(o.id(), o.name()));
		return organisations;
	}

	String organisationName(UUID id) {
		return people.organisation(id).map(OrganisationSummary::name).orElse("");
	}

	record Overview(List<InvitationRow> invitations, List<CircleRow> circles, List<SessionRow> upcoming) {
	}

	record InvitationRow(Circle circle, String invitedBy) {
	}

	record CircleRow(Circle circle, int members, @Nullable SessionRow next) {
	}

	record SessionRow(Session session, String circleName, String methodName) {
	}

}

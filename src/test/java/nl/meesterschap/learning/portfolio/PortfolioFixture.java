package nl.meesterschap.learning.portfolio;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.PersonDetails;

/** Fresh professionals with an empty portfolio, and sessions they attended (as the circles module announces them). */
@Component
class PortfolioFixture {

	private final People people;

	private final Administration administration;

	private final UserDetailsService accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Portfolio portfolio;

	PortfolioFixture(People people, Administration administration, UserDetailsService accounts,
			ApplicationEventPublisher events, TransactionTemplate transactions, Portfolio portfolio) {
		this.people = people;
		this.administration = administration;
		this.accounts = accounts;
		this.events = events;
		this.transactions = transactions;
		this.portfolio = portfolio;
	}

	/** A new professional of Gemeente Lindewaarde; returns their user name. */
	String newProfessional(String displayName) {
		String username = "p" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		UUID lucas = id("lucas");
		OrganisationSummary lindewaarde = people.organisation(people.viewer(lucas).organisationId()).orElseThrow();
		administration.addPerson(lucas, lindewaarde, new PersonDetails(displayName,
				username + "@gemeente-lindewaarde.example", username, null, Set.of(Role.PROFESSIONAL), List.of()));
		return username;
	}

	UUID id(String username) {
		return people.personByUsername(username).map(PersonSummary::id).orElseThrow();
	}

	RequestPostProcessor as(String username) {
		return DemoUsers.as(accounts, username);
	}

	/** A demo circle (for its name), or a random id when the demo has none. */
	UUID someCircle() {
		return people.circlesOf(id("anouk")).stream().findFirst().map(c -> c.id()).orElse(UUID.randomUUID());
	}

	/** Publishes SessionAttended as the circles module does when a facilitator closes a session, in a transaction. */
	UUID attended(String username, UUID circleId, int netMinutes, Instant heldAt) {
		UUID session = UUID.randomUUID();
		publish(new SessionAttended(id(username), session, circleId, ReflectionKind.INTERVISION, netMinutes,
				SessionRole.PARTICIPANT, heldAt,
				netMinutes >= SessionAttended.MINIMUM_MINUTES_FOR_REGISTRATION));
		return session;
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Waits until the listener put the session in the portfolio. */
	Activity awaitSession(String username, UUID sessionId) {
		UUID person = id(username);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> portfolio.activities(person).stream().anyMatch(a -> sessionId.equals(a.sessionId())));
		return portfolio.activities(person).stream().filter(a -> sessionId.equals(a.sessionId())).findFirst().orElseThrow();
	}

}

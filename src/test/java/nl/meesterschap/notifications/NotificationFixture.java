package nl.meesterschap.notifications;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.PersonDetails;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.notifications.internal.Preferences;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;

/**
 * People of their own for notification tests (tests share one database, and notification settings would leak
 * between tests of demo people), their stories, and waiting for the listeners, which run after the commit on
 * another thread. A bean of the test context: tests autowire it.
 */
@Component
public final class NotificationFixture {

	public static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final People people;

	private final Administration administration;

	private final StoryService stories;

	private final Preferences preferences;

	private final NotificationReader reader;

	private final JdbcClient jdbc;

	public NotificationFixture(People people, Administration administration, StoryService stories,
			Preferences preferences, NotificationReader reader, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.people = people;
		this.administration = administration;
		this.stories = stories;
		this.preferences = preferences;
		this.reader = reader;
	}

	/** A new professional of Gemeente Lindewaarde (no team), with a working address. */
	public UUID newPerson(String displayName) {
		String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		UUID lucas = id("lucas");
		OrganisationSummary lindewaarde = people.organisation(people.viewer(lucas).organisationId()).orElseThrow();
		return administration.addPerson(lucas, lindewaarde, new PersonDetails(displayName,
				username + "@gemeente-lindewaarde.example", username, null, Set.of(Role.PROFESSIONAL), List.of()))
			.personId();
	}

	public UUID id(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	public String address(UUID personId) {
		return people.emailAddress(personId).orElseThrow();
	}

	/** A published dilemma story anyone may see and respond to. */
	public UUID story(UUID authorId, String title) {
		return story(authorId, title, Audience.platform());
	}

	public UUID story(UUID authorId, String title, Audience audience) {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", "Een gezin met drie kinderen vroeg om hulp bij de opvoeding.");
		steps.put("moralQuestion", "Ga ik mee in hun wens om het klein te houden, of schakel ik meer hulp in?");
		steps.put("optionA", "Klein houden en vertrouwen op hun eigen kracht.");
		steps.put("harmA", "Als het misgaat, ben ik te laat.");
		steps.put("optionB", "Meer hulp inschakelen.");
		steps.put("harmB", "Het gezin voelt zich niet serieus genomen.");
		steps.put("values", "Eigen regie tegenover veiligheid.");
		steps.put("choice", "Ik koos voor klein houden met een vaste afspraak over hoe we evalueren.");
		return stories.create(authorId, "DILEMMA", new StoryContent(title, List.of(Domain.JEUGD), List.of(), steps,
				List.of(), false, null, audience), true).id();
	}

	public void prefer(UUID personId, NotificationKind kind, Channel channel) {
		preferences.save(personId, Map.of(kind, channel));
	}

	/** The person's notifications, newest first (up to 50). */
	public List<NotificationReader.View> notifications(UUID personId) {
		return reader.page(personId, false, 0, 50, DUTCH).items();
	}

	/**
	 * Waits until the person has {@code count} notifications, and returns them newest first. Up to 30 s: listeners
	 * run on a thread pool shared by every module, which is slow on a busy machine.
	 */
	public List<NotificationReader.View> awaitNotifications(UUID personId, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(personId).size() >= count);
		return notifications(personId);
	}

	/**
	 * Waits until every listener of the events naming {@code id} has finished (the event publication registry marks
	 * them completed), for checks that something did <em>not</em> happen.
	 */
	public void awaitListeners(UUID id) {
		String pattern = "%" + id + "%";
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param(pattern)
			.query(Integer.class)
			.single() == 0 && jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
				.param(pattern)
				.query(Integer.class)
				.single() > 0);
	}

}

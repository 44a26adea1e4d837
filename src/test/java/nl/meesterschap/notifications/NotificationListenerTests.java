package nl.meesterschap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.practice.internal.StoryService;

/**
 * Responses, replies, mentions and "heeft mij geholpen" become notifications for the right people, once, in words
 * that name the actor and the story, never about one's own action and never about what someone may not see.
 */
@IntegrationTest
class NotificationListenerTests {

	@Autowired
	People people;

	@Autowired
	StoryService stories;

	@Autowired
	NotificationReader reader;

	@Autowired
	ResponseService responses;

	@Autowired
	ModerationService moderation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NotificationFixture fixture;

	@Test
	void a_response_on_my_story_names_the_colleague_and_the_story_and_links_to_the_response() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Een boete voor een vergeten melding");
		ResponseRow response = respond("bram", story, null, "Herkenbaar, dat overkwam mij ook.");

		NotificationReader.View notification = fixture.awaitNotifications(sara, 1).get(0);
		assertThat(notification.kind()).isEqualTo(NotificationKind.RESPONSE);
		assertThat(notification.text()).isEqualTo("Bram Jansen reageerde op je verhaal ‘Een boete voor een vergeten melding’");
		assertThat(notification.url()).isEqualTo("/verhalen/" + story + "#reactie-" + response.id());
		assertThat(notification.read()).isFalse();
		assertThat(reader.page(sara, true, 0, 10, NotificationFixture.DUTCH).unread()).isEqualTo(1);
	}

	@Test
	void a_reply_notifies_the_responder_and_the_story_owner_but_never_the_one_who_wrote_it() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Wachten op de intake");
		ResponseRow question = respond("bram", story, null, "Hoe lang duurde het?");
		fixture.awaitNotifications(sara, 1);

		ResponseRow ownReply = respond(sara, story, question.id(), "Zes weken.");
		fixture.awaitListeners(ownReply.id());
		// Bram has notifications from other tests and the demo data too: look for the one about this reply.
		assertThat(fixture.notifications(fixture.id("bram")))
			.filteredOn(n -> n.url() != null && n.url().contains(ownReply.id().toString()))
			.singleElement()
			.extracting(NotificationReader.View::text)
			.isEqualTo("Sara de Graaf antwoordde op je reactie bij ‘Wachten op de intake’");
		assertThat(fixture.notifications(sara)).as("not about her own reply").hasSize(1);

		UUID tom = fixture.newPerson("Tom Verbeek");
		ResponseRow reply = respond(tom, story, question.id(), "Bij ons ook zes weken.");
		fixture.awaitListeners(reply.id());
		assertThat(fixture.notifications(sara)).hasSize(2);
		assertThat(fixture.notifications(sara).get(0).text()).isEqualTo("Tom Verbeek reageerde op je verhaal ‘Wachten op de intake’");
		assertThat(fixture.notifications(tom)).isEmpty();
	}

	@Test
	void a_mention_of_the_story_owner_is_one_notification_of_the_weightier_kind() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		String tomName = people.person(tom).orElseThrow().username();
		String saraName = people.person(sara).orElseThrow().username();
		UUID story = fixture.story(sara, "Een huisbezoek");
		ResponseRow response = respond("bram", story, null, "@" + saraName + " en @" + tomName + ", lees dit eens.");
		fixture.awaitListeners(response.id());

		assertThat(fixture.notifications(tom)).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
			assertThat(n.text()).isEqualTo("Bram Jansen noemde je in een reactie bij ‘Een huisbezoek’");
		});
		assertThat(fixture.notifications(sara)).singleElement()
			.satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.MENTION));
	}

	@Test
	void helpful_tells_the_responder() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID story = fixture.story(sara, "Een netwerkberaad");
		ResponseRow response = respond(tom, story, null, "Probeer een netwerkberaad.");
		responses.markHelpful(sara, response.id(), true);
		assertThat(fixture.awaitNotifications(tom, 1).get(0).text())
			.isEqualTo("Sara de Graaf gaf aan dat je reactie bij ‘Een netwerkberaad’ heeft geholpen");
	}

	@Test
	void a_kind_switched_off_is_not_stored() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		fixture.prefer(sara, NotificationKind.RESPONSE, Channel.OFF);
		UUID story = fixture.story(sara, "Stil verhaal");
		ResponseRow question = respond(tom, story, null, "Een vraag.");
		ResponseRow reply = respond("bram", story, question.id(), "Een antwoord.");
		fixture.awaitNotifications(tom, 1);
		fixture.awaitListeners(reply.id());
		assertThat(fixture.notifications(sara)).isEmpty();
	}

	@Test
	void the_same_event_twice_gives_one_notification() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Twee keer");
		ResponseRow response = respond("bram", story, null, "Eén reactie.");
		fixture.awaitNotifications(sara, 1);
		ResponsePosted again = new ResponsePosted(response.id(), "story", story, sara, null, null, fixture.id("bram"),
				ResponseKind.RECOGNITION, response.createdAt());
		// One after the other, as a redelivery comes: Spring Modulith tracks publications in progress by event and
		// listener, so two equal events in flight at once would share one entry and leave the other incomplete.
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		fixture.awaitListeners(response.id());
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		fixture.awaitListeners(response.id());
		assertThat(fixture.notifications(sara)).hasSize(1);
	}

	@Test
	void nobody_hears_about_a_story_they_may_not_see() {
		UUID bram = fixture.id("bram");
		UUID noordTeam = people.teamsOf(bram).get(0).id();
		UUID story = fixture.story(bram, "Alleen voor Wijkteam Noord", Audience.team(noordTeam));
		ResponseRow response = respond("chantal", story, null, "Goed gedaan.");
		UUID dewi = fixture.id("dewi");
		int before = fixture.notifications(dewi).size();
		// An event naming someone outside the team (as if they had replied before the story was narrowed).
		transactions.executeWithoutResult(status -> events.publishEvent(new ResponsePosted(response.id(), "story", story,
				bram, response.id(), dewi, fixture.id("chantal"), null, Instant.now())));
		fixture.awaitListeners(response.id());
		assertThat(fixture.notifications(dewi)).hasSize(before);
	}

	@Test
	void a_hidden_response_no_longer_shows_what_it_was_about_until_it_is_restored() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Een gemelde reactie");
		ResponseRow response = respond("bram", story, null, "Iets wat de moderator verbergt.");
		fixture.awaitNotifications(sara, 1);

		moderation.hide(fixture.id("jeroen"), "response", response.id(), "Niet respectvol.");
		fixture.awaitListeners(response.id());
		awaitText(sara, "Waar deze melding over ging, is niet meer te zien.");
		assertThat(fixture.notifications(sara).get(0).url()).isNull();

		moderation.restore(fixture.id("jeroen"), "response", response.id(), "Toch in orde.");
		awaitText(sara, "Bram Jansen reageerde op je verhaal ‘Een gemelde reactie’");
	}

	@Test
	void a_story_its_author_deleted_no_longer_shows_its_title() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Een verhaal dat verdwijnt");
		respond("bram", story, null, "Goed verhaal.");
		fixture.awaitNotifications(sara, 1);
		stories.delete(sara, story);
		awaitText(sara, "Waar deze melding over ging, is niet meer te zien.");
		assertThat(fixture.notifications(sara).get(0).url()).isNull();
	}

	private void awaitText(UUID person, String text) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> fixture.notifications(person).get(0).text().equals(text));
	}

	private ResponseRow respond(String username, UUID story, UUID parent, String text) {
		return respond(fixture.id(username), story, parent, text);
	}

	private ResponseRow respond(UUID author, UUID story, UUID parent, String text) {
		return responses.post(author, "story", story, parent, parent == null ? ResponseKind.RECOGNITION : null, text,
				UUID.randomUUID(), Join.NEW);
	}

}

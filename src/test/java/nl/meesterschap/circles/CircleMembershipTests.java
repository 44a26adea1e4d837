package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Membership;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/** Who is in a circle: the creator facilitates; an invited person is not a member until they accept the agreement. */
@IntegrationTest
@RecordApplicationEvents
class CircleMembershipTests {

	@Autowired
	CircleService circles;

	@Autowired
	CircleTestSupport support;

	@Autowired
	People people;

	@Autowired
	StoryService storyService;

	@Autowired
	Stories stories;

	@Autowired
	ApplicationEvents events;

	@Test
	void starting_a_circle_makes_the_creator_its_first_facilitator() {
		Circle circle = circles.create(support.id("fleur"),
				new CircleService.CircleInput("  Werk en inkomen leert  ", "community_of_practice", "", null));
		assertThat(circle.name()).isEqualTo("Werk en inkomen leert");
		assertThat(circle.kind()).isEqualTo(Circle.Kind.COMMUNITY_OF_PRACTICE);
		assertThat(circle.ownerOrganisationId()).isEqualTo(people.viewer(support.id("fleur")).organisationId());
		assertThat(circles.membership(circle.id(), support.id("fleur"))).get().matches(Membership::facilitator);
		assertThat(people.viewer(support.id("fleur")).circleIds()).contains(circle.id());
	}

	@Test
	void an_invited_person_is_no_member_and_sees_nothing_until_accepting_the_agreement() {
		Circle circle = support.circle("Kring met uitnodiging", Circle.Kind.INTERVISION, "gert");
		UUID noor = support.id("noor");
		circles.invite(support.id("gert"), circle.id(), noor);
		assertThat(events.stream(CircleInvitationSent.class)).anyMatch(e -> e.personId().equals(noor)
				&& e.circleId().equals(circle.id()) && e.circleName().equals("Kring met uitnodiging"));

		assertThat(people.viewer(noor).circleIds()).doesNotContain(circle.id());
		assertThat(people.circlesOf(noor)).noneMatch(c -> c.id().equals(circle.id()));
		assertThatThrownBy(() -> circles.ofMember(circle.id(), noor)).isInstanceOf(ItemNotFoundException.class);
		assertThatThrownBy(() -> circles.members(circle.id(), noor)).isInstanceOf(ItemNotFoundException.class);
		assertThat(circles.invitedTo(circle.id(), noor).name()).isEqualTo("Kring met uitnodiging");

		assertThatThrownBy(() -> circles.accept(noor, circle.id(), false)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).code())
				.isEqualTo("circle.agreement.required"));
		circles.accept(noor, circle.id(), true);
		assertThat(people.viewer(noor).circleIds()).contains(circle.id());
		assertThat(circles.members(circle.id(), noor)).extracting(Membership::personId).contains(noor);
	}

	@Test
	void a_declined_invitation_leaves_nothing_and_can_be_sent_again() {
		Circle circle = support.circle("Kring afslaan", Circle.Kind.INTERVISION, "gert");
		UUID olaf = support.id("olaf");
		circles.invite(support.id("gert"), circle.id(), olaf);
		circles.decline(olaf, circle.id());
		assertThatThrownBy(() -> circles.invitedTo(circle.id(), olaf)).isInstanceOf(ItemNotFoundException.class);
		assertThat(circles.members(circle.id(), support.id("gert"))).extracting(Membership::personId).doesNotContain(olaf);
		circles.invite(support.id("gert"), circle.id(), olaf);
		assertThat(circles.invitations(olaf)).extracting(Circle::id).contains(circle.id());
	}

	@Test
	void only_facilitators_invite_and_nobody_is_invited_twice() {
		Circle circle = support.circle("Kring uitnodigen", Circle.Kind.INTERVISION, "gert", "anouk");
		assertThatThrownBy(() -> circles.invite(support.id("anouk"), circle.id(), support.id("bram")))
			.isInstanceOf(ApiProblemException.class);
		assertThatThrownBy(() -> circles.invite(support.id("gert"), circle.id(), support.id("anouk")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("circle.invite.already-member");
		circles.invite(support.id("gert"), circle.id(), support.id("bram"));
		assertThatThrownBy(() -> circles.invite(support.id("gert"), circle.id(), support.id("bram")))
			.hasMessageContaining("circle.invite.already-invited");
		assertThatThrownBy(() -> circles.invite(support.id("gert"), circle.id(), UUID.randomUUID()))
			.hasMessageContaining("circle.invite.unknown-person");
		assertThatThrownBy(() -> circles.invite(support.id("chantal"), circle.id(), support.id("bram")))
			.isInstanceOf(ItemNotFoundException.class);
	}

	@Test
	void a_circle_in_a_network_can_invite_across_organisations() {
		UUID noord = people.networksOf(support.id("gert")).get(0).id();
		Circle circle = circles.create(support.id("gert"), new CircleService.CircleInput("Netwerkkring", "INTERVISION",
				"", noord));
		assertThat(circles.inviteCandidates(support.id("gert"), circle.id()))
			.extracting(p -> p.username())
			.contains("mirjam", "olaf", "anouk")
			.doesNotContain("gert", "sanne");
		assertThatThrownBy(() -> circles.create(support.id("dewi"), new CircleService.CircleInput("Niet mijn netwerk",
				"INTERVISION", "", noord)))
			.hasMessageContaining("circle.network.not-yours");
		assertThatThrownBy(() -> circles.create(support.id("dewi"), new CircleService.CircleInput("", "ANDERS", "", null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field())
				.containsExactly("name", "kind"));
	}

	@Test
	void a_story_shared_with_one_circle_reaches_its_members_only() {
		Circle circle = support.circle("Kring voor verhalen", Circle.Kind.INTERVISION, "gert", "mirjam", "olaf");
		circles.invite(support.id("gert"), circle.id(), support.id("noor"));
		UUID mirjam = support.id("mirjam");
		StoryContent content = new StoryContent("Een verhaal voor de kring", java.util.List.of(nl.meesterschap.policy.Domain.JEUGD),
				java.util.List.of(), java.util.Map.of("text", "Een vader vroeg om hulp bij de opvoeding. Ik luisterde eerst."),
				java.util.List.of(), false, null, Audience.circle(circle.id()));
		UUID story = storyService.create(mirjam, "FREE", content, true).id();
		assertThat(stories.visible(story, people.viewer(support.id("olaf")))).isPresent();
		assertThat(stories.visible(story, people.viewer(support.id("gert")))).isPresent();
		assertThat(stories.visible(story, people.viewer(support.id("noor")))).as("invited, not accepted").isEmpty();
		assertThat(stories.visible(story, people.viewer(support.id("sanne")))).as("same organisation").isEmpty();
		assertThat(stories.visible(story, people.viewer(support.id("anouk")))).as("same network").isEmpty();
		assertThat(people.audienceMembers(mirjam, Audience.circle(circle.id())))
			.extracting(p -> p.username())
			.containsExactlyInAnyOrder("gert", "mirjam", "olaf");
	}

}

package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.CaseService;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.FacilitationService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SummaryService;
import nl.meesterschap.identity.People;

/** The demo circles are complete, realistic and pass the same rules as real ones (the privacy guard included). */
@IntegrationTest
class DemoCirclesTests {

	@Autowired
	CircleService circles;

	@Autowired
	SessionService sessions;

	@Autowired
	FacilitationService facilitation;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	AttendanceService attendance;

	@Autowired
	CaseService cases;

	@Autowired
	SummaryService summaries;

	@Autowired
	CircleTestSupport support;

	@Autowired
	People people;

	@Test
	void an_intervision_circle_across_organisations_with_a_held_and_an_upcoming_session() {
		Circle noord = demo("gert", "Intervisie Netwerk Noord");
		assertThat(noord.networkId()).isNotNull();
		assertThat(circles.activeMemberIds(noord.id())).containsExactlyInAnyOrderElementsOf(
				List.of(support.id("gert"), support.id("anouk"), support.id("bram"), support.id("mirjam"), support.id("olaf")));
		List<Session> all = sessions.ofCircle(noord.id(), support.id("gert"));
		Session held = all.stream().filter(s -> s.status() == Session.Status.HELD).findFirst().orElseThrow();
		Session upcoming = all.stream().filter(Session::planned).findFirst().orElseThrow();
		assertThat(held.durationMinutes()).isGreaterThanOrEqualTo(90);
		assertThat(held.startsAt().atZone(CircleTestSupport.ZONE).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		SessionContext past = sessions.context(held.id(), support.id("mirjam"));
		assertThat(past.method().code()).isEqualTo("INCIDENT");
		assertThat(facilitation.notes(past)).hasSizeGreaterThanOrEqualTo(7);
		assertThat(outcomes.insights(past)).hasSize(3);
		assertThat(outcomes.actionsOf(past)).hasSize(3).allMatch(a -> a.open());
		assertThat(attendance.attendance(past)).hasSize(5).allMatch(a -> a.countsForRegistration());
		assertThat(cases.visibleTo(past)).get().matches(c -> c.cleared());
		assertThat(summaries.sharedWith(people.viewer(support.id("chantal")), 20))
			.anyMatch(s -> s.session().id().equals(held.id()));

		SessionContext next = sessions.context(upcoming.id(), support.id("olaf"));
		assertThat(upcoming.startsAt()).isAfter(java.time.Instant.now());
		assertThat(next.method().code()).isEqualTo("GOSSIP");
		assertThat(outcomes.forFollowUp(next)).hasSize(3);
		assertThat(cases.visibleTo(next)).get().satisfies(c -> {
			assertThat(c.storyId()).isNotNull();
			assertThat(cases.story(c, support.id("olaf"))).as("anouk shared the story with the organisation").isPresent();
		});
		assertThat(outcomes.openActionsOwnedBy(support.id("anouk"))).isNotEmpty();
	}

	@Test
	void a_moral_case_deliberation_with_the_full_dilemma_and_an_open_invitation() {
		Circle moreel = demo("jeroen", "Moreel beraad Lindewaarde");
		assertThat(circles.invitations(support.id("hanneke"))).extracting(Circle::id).contains(moreel.id());
		Session held = sessions.ofCircle(moreel.id(), support.id("dewi")).get(0);
		SessionContext context = sessions.context(held.id(), support.id("ilse"));
		var dilemma = facilitation.dilemma(context);
		assertThat(dilemma.moralQuestion()).startsWith("Moet ik zijn keuze respecteren");
		assertThat(dilemma.harmA()).isNotBlank();
		assertThat(dilemma.harmB()).isNotBlank();
		assertThat(dilemma.stakeholders()).hasSize(4).allMatch(s -> !s.values().isBlank() && !s.norms().isBlank());
		assertThat(dilemma.alternatives()).hasSize(4);
		assertThat(dilemma.weighings()).hasSize(4);
		assertThat(dilemma.conclusion()).contains("niet loslaten");
		assertThat(attendance.attendance(context)).filteredOn(a -> a.personId().equals(support.id("emre")))
			.singleElement()
			.satisfies(a -> assertThat(a.countsForRegistration()).as("came late: 55 minutes").isFalse());
	}

	private Circle demo(String member, String name) {
		return circles.mine(support.id(member)).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

}

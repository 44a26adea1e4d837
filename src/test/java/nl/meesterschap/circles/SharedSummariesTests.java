package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;

/** Other modules read what a circle shared outside itself, and only the people it was shared with get it. */
@IntegrationTest
class SharedSummariesTests {

	@Autowired
	SharedSummaries shared;

	@Autowired
	People people;

	@Test
	void the_demo_summary_shared_with_the_network_reaches_its_members_and_nobody_else() {
		var chantal = people.viewer(people.personByUsername("chantal").orElseThrow().id());
		var summary = shared.sharedWith(chantal, 20)
			.stream()
			.filter(s -> s.circleName().equals("Intervisie Netwerk Noord"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.text()).isNotBlank();
		assertThat(summary.url()).isEqualTo("/leerkringen/samenvattingen/" + summary.sessionId());
		assertThat(shared.find(summary.sessionId(), chantal)).contains(summary);

		var dewi = people.viewer(people.personByUsername("dewi").orElseThrow().id());
		assertThat(shared.find(summary.sessionId(), dewi)).as("not in Netwerk Noord").isEmpty();
		assertThat(shared.sharedWith(dewi, 20)).noneMatch(s -> s.sessionId().equals(summary.sessionId()));
	}

}

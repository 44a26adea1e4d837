package nl.meesterschap.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SummaryService;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.search.Search;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.search.internal.IndexNode;

/**
 * What a learning circle shares outside itself is found in search by that audience only: not while it is a draft
 * inside the circle, by its new words after a change, and no more once it is taken back.
 */
@IntegrationTest
class SharedSummarySearchTests {

	@Autowired
	Search search;

	@Autowired
	SummaryService summaries;

	@Autowired
	SessionService sessions;

	@Autowired
	CircleTestSupport support;

	@Autowired
	People people;

	@Autowired
	IndexNode node;

	@Test
	void a_shared_summary_is_found_by_its_audience_and_leaves_search_when_taken_back() {
		Circle circle = support.circle("Intervisie zoektest", Circle.Kind.INTERVISION, "gert", "anouk", "bram");
		Session session = support.plan(circle, "gert", "INCIDENT", 30, 90);
		sessions.assignRoles(support.id("gert"), session.id(),
				new Session.Roles(support.id("gert"), null, null, support.id("anouk")));
		UUID gert = support.id("gert");

		summaries.save(gert, session.id(), "We leerden dat een huisbezoekvoorbereidingslijst rust geeft.", null);
		indexed();
		assertThat(find("fleur", "huisbezoekvoorbereidingslijst")).as("a draft stays inside the circle").isEmpty();

		summaries.save(gert, session.id(), "We leerden dat een huisbezoekvoorbereidingslijst rust geeft.",
				AudienceKind.ORGANISATION);
		indexed();
		assertThat(find("fleur", "huisbezoekvoorbereidingslijsten")).singleElement().satisfies(hit -> {
			assertThat(hit.type()).isEqualTo(ItemType.SUMMARY);
			assertThat(hit.id()).isEqualTo(session.id().toString());
			assertThat(hit.title()).startsWith("Intervisie zoektest · ");
			assertThat(hit.url()).isEqualTo("/leerkringen/samenvattingen/" + session.id());
			assertThat(hit.author()).isEqualTo("Intervisie zoektest");
		});
		// shared with Gemeente Lindewaarde: Mirjam (Jeugdhulp Lindewaarde) finds nothing, not even a count
		assertThat(search.search(SearchRequest.of("huisbezoekvoorbereidingslijst"), people.viewer(support.id("mirjam")))
			.total()).isZero();

		summaries.save(gert, session.id(), "We leerden dat een gesprekskaartenset meer rust geeft.", null);
		indexed();
		assertThat(find("fleur", "huisbezoekvoorbereidingslijst")).isEmpty();
		assertThat(ids(find("fleur", "gesprekskaartenset"))).containsExactly(session.id().toString());

		summaries.withdraw(gert, session.id());
		indexed();
		assertThat(find("fleur", "gesprekskaartenset")).isEmpty();
	}

	private void indexed() {
		for (int waited = 0; !node.ready() && waited < 600; waited++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		node.applyPending();
	}

	/** Summaries only, so the demo content does not get in the way. */
	private List<Hit> find(String username, String text) {
		return search.search(SearchRequest.of(text).withType(ItemType.SUMMARY).withPage(1, 50),
				people.viewer(support.id(username))).hits();
	}

	private static List<String> ids(List<Hit> hits) {
		return hits.stream().map(Hit::id).toList();
	}

}

package nl.meesterschap.practice;

import static nl.meesterschap.practice.StoryTestSupport.starr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.internal.PublishRefusedException;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

@IntegrationTest
@RecordApplicationEvents
class StoryServiceTests {

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_draft_is_private_to_its_author_whatever_its_audience() {
		UUID anouk = id("anouk");
		Story draft = stories.createDraft(anouk, "STARR", "Een concept");
		stories.save(anouk, draft.id(), starr("Een concept", Audience.platform(), "Een gewone situatie."));
		assertThat(stories.visible(draft.id(), viewer("anouk"))).isPresent();
		assertThat(stories.visible(draft.id(), viewer("bram"))).isEmpty();
		assertThat(stories.visible(draft.id(), viewer("olaf"))).isEmpty();
	}

	@Test
	void a_published_organisation_story_reaches_the_organisation_and_nobody_else() {
		UUID anouk = id("anouk");
		Story story = stories.create(anouk, "STARR", starr("Samen de post openen",
				Audience.organisation(viewer("anouk").organisationId()), "Een moeder kwam met een tas vol post."), true);
		assertThat(story.status()).isEqualTo(StoryStatus.PUBLISHED);
		assertThat(stories.visible(story.id(), viewer("fleur"))).isPresent();
		assertThat(stories.visible(story.id(), viewer("mirjam"))).isEmpty();
		assertThat(stories.visible(story.id(), viewer("olaf"))).isEmpty();
		assertThat(events.stream(StoryPublished.class).filter(e -> e.storyId().equals(story.id())))
			.singleElement()
			.satisfies(e -> assertThat(e.firstPublication()).isTrue());
	}

	@Test
	void a_team_story_stays_in_the_team() {
		Viewer anouk = viewer("anouk");
		Story story = stories.create(anouk.personId(), "STARR",
				starr("Alleen voor Noord", Audience.team(anouk.teamIds().iterator().next()), "Een situatie in Noord."),
				true);
		assertThat(stories.visible(story.id(), viewer("bram"))).isPresent();
		assertThat(stories.visible(story.id(), viewer("dewi"))).isEmpty();
	}

	@Test
	void publishing_is_refused_while_a_bsn_remains_and_nothing_changes() {
		UUID anouk = id("anouk");
		Story draft = stories.createDraft(anouk, "STARR", "Met een BSN");
		StoryContent content = starr("Met een BSN", Audience.platform(), "Het BSN van de cliënt is 123456782.");
		assertThatThrownBy(() -> stories.publish(anouk, draft.id(), content))
			.isInstanceOfSatisfying(PublishRefusedException.class, e -> assertThat(e.findings())
				.anySatisfy(f -> {
					assertThat(f.field()).isEqualTo("steps.situation");
					assertThat(f.finding().type()).isEqualTo(FindingType.BSN);
				}));
		assertThat(stories.owned(anouk, draft.id()).status()).isEqualTo(StoryStatus.DRAFT);
		assertThatThrownBy(() -> stories.waive(anouk, draft.id(), FindingType.BSN, "123456782"))
			.isInstanceOf(NotWaivableException.class);
	}

	@Test
	void a_finding_marked_as_no_personal_data_no_longer_blocks() {
		UUID anouk = id("anouk");
		Story draft = stories.createDraft(anouk, "STARR", "Met een naam");
		StoryContent content = starr("Met een naam", Audience.platform(), "Ik sprak met mevrouw Jansen over haar zorgen.");
		assertThatThrownBy(() -> stories.publish(anouk, draft.id(), content)).isInstanceOf(PublishRefusedException.class);
		stories.waive(anouk, draft.id(), FindingType.PERSON_NAME, "Jansen");
		assertThat(stories.publish(anouk, draft.id(), content).status()).isEqualTo(StoryStatus.PUBLISHED);
	}

	@Test
	void replacing_a_finding_keeps_the_rest_of_the_text() {
		UUID bram = id("bram");
		Story draft = stories.createDraft(bram, "STARR", "Bellen");
		String situation = "De cliënt gaf zijn nummer 06-12345678 zodat ik kon bellen.";
		stories.save(bram, draft.id(), starr("Bellen", Audience.platform(), situation));
		int start = situation.indexOf("06-12345678");
		assertThat(stories.replace(bram, draft.id(), "steps.situation", start, "06-12345678", "[telefoonnummer]")).isTrue();
		assertThat(stories.owned(bram, draft.id()).content().steps().get("situation"))
			.isEqualTo("De cliënt gaf zijn nummer [telefoonnummer] zodat ik kon bellen.");
		assertThat(stories.findings(bram, draft.id())).isEmpty();
	}

	@Test
	void a_published_edit_keeps_the_previous_text_as_a_revision() {
		UUID chantal = id("chantal");
		Story story = stories.create(chantal, "STARR", starr("Eerste versie", Audience.platform(), "Eerste tekst."), true);
		stories.save(chantal, story.id(), starr("Tweede versie", Audience.platform(), "Tweede tekst."));
		assertThat(stories.visible(story.id(), viewer("bram")).orElseThrow().title())
			.as("autosaved edits of a published story are not shared yet")
			.isEqualTo("Eerste versie");
		assertThat(stories.editing(chantal, story.id()).content().title()).isEqualTo("Tweede versie");
		Story republished = stories.publish(chantal, story.id(), starr("Tweede versie", Audience.platform(), "Tweede tekst."));
		assertThat(republished.revision()).isEqualTo(1);
		assertThat(stories.revisions(chantal, story.id())).singleElement()
			.satisfies(r -> assertThat(r.content().title()).isEqualTo("Eerste versie"));
		assertThat(stories.editing(chantal, story.id()).workingCopySavedAt()).isNull();
	}

	@Test
	void only_the_author_changes_a_story_and_others_get_not_found() {
		UUID chantal = id("chantal");
		Story story = stories.create(chantal, "STARR", starr("Een verhaal over de buurt", Audience.platform(), "Tekst."), true);
		assertThatThrownBy(() -> stories.save(id("bram"), story.id(), starr("Gekaapt", Audience.platform(), "x")))
			.isInstanceOf(ItemNotFoundException.class);
		assertThatThrownBy(() -> stories.delete(id("bram"), story.id())).isInstanceOf(ItemNotFoundException.class);
	}

	@Test
	void publishing_needs_a_title_a_domain_and_a_written_step() {
		UUID dewi = id("dewi");
		Story draft = stories.createDraft(dewi, "FREE", "");
		StoryContent empty = new StoryContent("", java.util.List.of(), java.util.List.of(), java.util.Map.of("text", " "),
				java.util.List.of(), false, null, Audience.platform());
		assertThatThrownBy(() -> stories.publish(dewi, draft.id(), empty))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(InvalidInputException.Violation::code)
				.contains("story.title.required", "story.domains.required", "story.steps.required"));
	}

	@Test
	void an_audience_the_author_does_not_belong_to_is_refused() {
		UUID dewi = id("dewi");
		Story draft = stories.createDraft(dewi, "STARR", "Verkeerd team");
		UUID noord = viewer("anouk").teamIds().iterator().next();
		assertThatThrownBy(() -> stories.save(dewi, draft.id(), starr("Verkeerd team", Audience.team(noord), "Tekst.")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::code)
						.contains("story.audience.not-yours"));
	}

	@Test
	void archiving_withdraws_the_story_from_its_audience() {
		UUID emre = id("emre");
		Story story = stories.create(emre, "STARR", starr("Even gedeeld", Audience.platform(), "Tekst."), true);
		stories.archive(emre, story.id());
		assertThat(stories.visible(story.id(), viewer("fleur"))).isEmpty();
		assertThat(stories.visible(story.id(), viewer("emre"))).isPresent();
		assertThat(events.stream(StoryWithdrawn.class).filter(e -> e.storyId().equals(story.id()))).hasSize(1);
	}

	private UUID id(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	private Viewer viewer(String username) {
		return people.viewer(id(username));
	}

}

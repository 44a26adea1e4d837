package nl.meesterschap.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.internal.ReflectionModel;
import nl.meesterschap.practice.internal.ReflectionModels;
import nl.meesterschap.practice.internal.Story;

/** Turns stories into what pages show: author names, audience labels, principle titles, excerpts. */
@Component
class StoryPresenter {

	private static final int EXCERPT = 220;

	private final People people;

	private final Koersen koersen;

	private final ReflectionModels models;

	private final MessageSource messages;

	StoryPresenter(People people, Koersen koersen, ReflectionModels models, MessageSource messages) {
		this.people = people;
		this.koersen = koersen;
		this.models = models;
		this.messages = messages;
	}

	Viewer viewer(AuthenticatedPerson me) {
		return people.viewer(me.personId());
	}

	Optional<KoersVersion> koers(Viewer viewer) {
		return koersen.applicableTo(viewer);
	}

	List<Card> cards(List<Story> stories) {
		Map<UUID, PersonSummary> authors = people.people(stories.stream().map(Story::authorId).toList());
		return stories.stream().map(story -> new Card(story, authorName(authors.get(story.authorId())),
				excerpt(story))).toList();
	}

	/** The story for its page; steps from {@code hideFrom} on stay hidden (an unanswered dilemma round). */
	Detail detail(Story story, Viewer viewer, Locale locale, @Nullable String hideFrom) {
		ReflectionModel model = models.get(story.model());
		int hideIndex = hideFrom == null ? -1 : model.indexOf(hideFrom);
		PersonSummary author = people.person(story.authorId()).orElse(null);
		String organisation = people.organisation(story.organisationId()).map(o -> o.name()).orElse("");
		List<StepText> steps = model.steps().stream()
			.filter(step -> hideIndex < 0 || model.indexOf(step.key()) < hideIndex)
			.map(step -> new StepText(step.key(), step.title(locale), story.content().steps().getOrDefault(step.key(), "")))
			.filter(step -> !step.text().isBlank())
			.toList();
		List<LinkedPrinciple> principles = story.content().principles().stream().map(link -> {
			Optional<KoersVersion> koers = koersen.current(link.koersOrganisationId());
			Principle principle = koers.flatMap(k -> k.principle(link.code())).orElse(null);
			return new LinkedPrinciple(link.code(), principle == null ? link.code() : principle.title(),
					koers.map(KoersVersion::organisationSlug).orElse(null), link.note());
		}).toList();
		return new Detail(story, authorName(author), organisation, model.name(locale), steps, principles,
				audienceLabel(story.audience(), story.authorId(), locale));
	}

	/** The model's steps (key and title), for choosing where a dilemma round hides the story. */
	List<StepText> steps(Story story, Locale locale) {
		return models.get(story.model()).steps().stream()
			.map(step -> new StepText(step.key(), step.title(locale), ""))
			.toList();
	}

	String audienceLabel(Audience audience, UUID ownerId, Locale locale) {
		String name = switch (audience.kind()) {
			case CIRCLE -> people.circle(audience.scopeId()).map(c -> c.name()).orElse("");
			case TEAM -> people.team(audience.scopeId()).map(t -> t.name()).orElse("");
			case ORGANISATION -> people.organisation(audience.scopeId()).map(o -> o.name()).orElse("");
			case NETWORK -> people.network(audience.scopeId()).map(n -> n.name()).orElse("");
			default -> "";
		};
		return messages.getMessage("story.audience." + audience.kind().name(), new Object[] { name }, locale);
	}

	private static String authorName(@Nullable PersonSummary author) {
		return author == null ? "" : author.displayName();
	}

	private static String excerpt(Story story) {
		String text = story.content().steps().values().stream().filter(s -> !s.isBlank()).findFirst().orElse("");
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= EXCERPT) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT);
		return flat.substring(0, cut > 0 ? cut : EXCERPT) + " …";
	}

	/** A story in a list. */
	record Card(Story story, String author, String excerpt) {

		/** Publication time, or last change for a draft. */
		public java.time.Instant when() {
			return story.publishedAt() != null ? story.publishedAt() : story.updatedAt();
		}

	}

	/** A story on its own page. */
	record Detail(Story story, String author, String organisation, String modelName, List<StepText> steps,
			List<LinkedPrinciple> principles, String audience) {
	}

	/** One written step. */
	record StepText(String key, String title, String text) {
	}

	/** A principle the story touched, with the author's note. */
	record LinkedPrinciple(String code, String title, @Nullable String koersSlug, @Nullable String note) {
	}

}

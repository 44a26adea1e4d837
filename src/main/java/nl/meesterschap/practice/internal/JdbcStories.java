package nl.meesterschap.practice.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.StoryDocument;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StorySummary;

@Service
class JdbcStories implements Stories {

	private final StoryService stories;

	private final StoryRepository repository;

	private final ReflectionModels models;

	private final People people;

	private final Koersen koersen;

	JdbcStories(StoryService stories, StoryRepository repository, ReflectionModels models, People people,
			Koersen koersen) {
		this.stories = stories;
		this.repository = repository;
		this.models = models;
		this.people = people;
		this.koersen = koersen;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoryDocument> document(UUID storyId) {
		return documents(List.of(storyId)).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoryDocument> documents(List<UUID> storyIds) {
		List<Story> published = repository.load(storyIds).stream()
			.filter(Story::published)
			.filter(s -> !repository.isHidden(s.id()))
			.toList();
		java.util.Map<UUID, String> authors = new java.util.HashMap<>();
		people.people(published.stream().map(Story::authorId).distinct().toList())
			.forEach((id, person) -> authors.put(id, person.displayName()));
		java.util.Map<UUID, Optional<nl.meesterschap.policy.KoersVersion>> koersCache = new java.util.HashMap<>();
		Locale dutch = Locale.forLanguageTag("nl");
		return published.stream().map(story -> {
			ReflectionModel model = models.get(story.model());
			List<StoryDocument.Step> steps = model.steps().stream()
				.map(step -> new StoryDocument.Step(step.key(), step.title(dutch),
						story.content().steps().getOrDefault(step.key(), "")))
				.filter(step -> !step.text().isBlank())
				.toList();
			List<StoryDocument.PrincipleRef> principles = story.content().principles().stream()
				.map(link -> new StoryDocument.PrincipleRef(link.koersOrganisationId(), link.code(),
						koersCache.computeIfAbsent(link.koersOrganisationId(), koersen::current)
							.flatMap(k -> k.principle(link.code()))
							.map(p -> p.title())
							.orElse(link.code())))
				.toList();
			return new StoryDocument(story.id(), story.title(), story.model(), steps, story.content().tags(),
					story.content().domains(), principles, story.authorId(), authors.getOrDefault(story.authorId(), ""),
					story.organisationId(), story.audience().key(story.authorId()), story.publishedAt());
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> publishedIds(@Nullable UUID after, int limit) {
		return repository.publishedIdsAfter(after, limit);
	}

	@Override
	public Optional<StorySummary> visible(UUID storyId, Viewer viewer) {
		return stories.visible(storyId, viewer).map(Story::summary);
	}

	@Override
	public List<StorySummary> ownedBy(Viewer viewer) {
		return stories.list(StoryQuery.own(viewer, null, 0, 100)).stories().stream().map(Story::summary).toList();
	}

	@Override
	public List<StorySummary> linkedTo(UUID koersOrganisationId, String principleCode, Viewer viewer, int limit) {
		return stories.list(StoryQuery.published(viewer, null, koersOrganisationId, principleCode, 0, limit))
			.stories()
			.stream()
			.map(Story::summary)
			.toList();
	}

}

package nl.meesterschap.practice.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.web.StoryApiModel.Author;
import nl.meesterschap.practice.web.StoryApiModel.PrincipleView;
import nl.meesterschap.practice.web.StoryApiModel.StoryResponse;

/** A story as the API shows it. */
@Component
class StoryApiMapper {

	private final People people;

	private final Koersen koersen;

	StoryApiMapper(People people, Koersen koersen) {
		this.people = people;
		this.koersen = koersen;
	}

	StoryResponse response(Story story) {
		String author = people.person(story.authorId()).map(p -> p.displayName()).orElse("");
		return new StoryResponse(story.id(), story.title(), story.model(), story.status().name(),
				story.content().domains().stream().map(Enum::name).toList(), story.content().tags(),
				story.content().steps(),
				story.content().principles().stream().map(link -> new PrincipleView(link.code(),
						koersen.current(link.koersOrganisationId())
							.flatMap(k -> k.principle(link.code()))
							.map(Principle::title)
							.orElse(link.code()),
						link.note())).toList(),
				story.content().discretionUsed(), story.content().discretionNote(), story.audience().kind().name(),
				story.audience().scopeId(), new Author(story.authorId(), author), story.revision(), story.createdAt(),
				story.updatedAt(), story.publishedAt(), "/verhalen/" + story.id());
	}

	Optional<KoersVersion> koers(Viewer viewer) {
		return koersen.applicableTo(viewer);
	}

}

package nl.meesterschap.practice.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.ConversationSubjects;
import nl.meesterschap.conversation.ItemModerated;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.practice.StoryStatus;

/**
 * Stories in conversations: describes a published story as a subject (drafts and archived stories have no
 * conversation) and follows moderators hiding or restoring a story.
 */
@Component
public class StoryConversations implements ConversationSubjects {

	public static final String KIND = "story";

	private final StoryRepository stories;

	private final StoryService service;

	StoryConversations(StoryRepository stories, StoryService service) {
		this.stories = stories;
		this.service = service;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Subject> subject(UUID id) {
		return stories.find(id)
			.filter(story -> story.status() == StoryStatus.PUBLISHED)
			.map(story -> new Subject(KIND, story.id(), story.authorId(), story.organisationId(), story.audience(),
					story.published(), story.title(), "/verhalen/" + story.id()));
	}

	@EventListener
	void moderated(ItemModerated event) {
		if (event.targetKind().equals(KIND)) {
			service.moderated(event.targetId(), event.hidden());
		}
	}

}

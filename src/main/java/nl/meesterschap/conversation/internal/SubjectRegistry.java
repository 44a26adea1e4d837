package nl.meesterschap.conversation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.meesterschap.conversation.ConversationSubjects;
import nl.meesterschap.conversation.Subject;

/** Finds a subject by kind and id through the module that owns that kind. */
@Component
class SubjectRegistry {

	private final Map<String, ConversationSubjects> sources;

	SubjectRegistry(List<ConversationSubjects> sources) {
		this.sources = sources.stream().collect(Collectors.toMap(ConversationSubjects::kind, Function.identity()));
	}

	Optional<Subject> find(String kind, UUID id) {
		ConversationSubjects source = sources.get(kind);
		return source == null ? Optional.empty() : source.subject(id);
	}

}

package nl.meesterschap.conversation.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.Subject;

/** A subject the person may see (for the pages and API of this module); not found otherwise. */
@Component
public class SubjectLookup {

	private final ConversationAccess access;

	SubjectLookup(ConversationAccess access) {
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Subject visible(String kind, UUID id, UUID personId) {
		return access.visible(kind, id, access.viewer(personId));
	}

}

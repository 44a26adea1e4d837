package nl.meesterschap.signals.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.ConversationSubjects;
import nl.meesterschap.conversation.ItemModerated;
import nl.meesterschap.conversation.Subject;

/**
 * Signals in conversations: colleagues respond on a signal's page (the official answer is the status timeline,
 * not this conversation), and a moderator hiding or restoring a signal hides or restores it here too. Moderators
 * of the answering organisation handle flags about it.
 */
@Component
public class SignalConversations implements ConversationSubjects {

	public static final String KIND = "signal";

	private final SignalRepository signals;

	SignalConversations(SignalRepository signals) {
		this.signals = signals;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Subject> subject(UUID id) {
		return signals.find(id)
			.map(signal -> new Subject(KIND, signal.id(), signal.raiserId(), signal.answeringOrganisationId(),
					signal.audience(), true, signal.title(), signal.url()));
	}

	@EventListener
	@Transactional
	void moderated(ItemModerated event) {
		if (event.targetKind().equals(KIND)) {
			signals.setHidden(event.targetId(), event.hidden());
		}
	}

}

package nl.meesterschap.learning.portfolio;

import java.util.Objects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;

/**
 * Fills the portfolio from what happens elsewhere: a session attended adds reflection hours (when it counts for
 * registration), responses add feedback given and received, a response marked helpful adds it for the responder.
 */
@Component
class PortfolioListeners {

	private final Portfolio portfolio;

	PortfolioListeners(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@ApplicationModuleListener
	void on(SessionAttended event) {
		portfolio.recordSession(event);
	}

	@ApplicationModuleListener
	void on(ResponsePosted event) {
		if (!event.authorId().equals(event.subjectOwnerId())) {
			portfolio.recordFeedback(new Feedback(event.authorId(), Feedback.Kind.GIVEN, event.responseId(),
					event.subjectKind(), event.subjectId(), event.subjectOwnerId(), event.at()));
			portfolio.recordFeedback(new Feedback(event.subjectOwnerId(), Feedback.Kind.RECEIVED, event.responseId(),
					event.subjectKind(), event.subjectId(), event.authorId(), event.at()));
		}
		if (event.parentAuthorId() != null && !event.parentAuthorId().equals(event.authorId())
				&& !Objects.equals(event.parentAuthorId(), event.subjectOwnerId())) {
			portfolio.recordFeedback(new Feedback(event.parentAuthorId(), Feedback.Kind.RECEIVED, event.responseId(),
					event.subjectKind(), event.subjectId(), event.authorId(), event.at()));
		}
	}

	@ApplicationModuleListener
	void on(ResponseMarkedHelpful event) {
		portfolio.recordFeedback(new Feedback(event.responderId(), Feedback.Kind.HELPFUL, event.responseId(),
				event.subjectKind(), event.subjectId(), event.markedBy(), event.at()));
	}

}

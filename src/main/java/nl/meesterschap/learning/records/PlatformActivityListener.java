package nl.meesterschap.learning.records;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.conversation.DilemmaAnswered;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.PrincipleRead;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.signals.SignalRaised;

/**
 * Turns what professionals do on the platform into learning records. Each listener runs after the cause committed,
 * on another thread, and again after a restart if it failed (the event publication registry keeps the event until
 * then); statement ids come from the event, so a second delivery records nothing new. The listeners hold no
 * transaction of their own: the LRS stores each statement in one transaction and retries it when a concurrent
 * listener inserted the same activity first, which a surrounding transaction would forbid (and a second database
 * connection per listener is not needed).
 */
@Component
class PlatformActivityListener {

	/** The story model without reflection steps: its stories are shared, but are no reflection. */
	static final String FREE_MODEL = "FREE";

	private final PlatformStatements statements;

	private final PlatformRecorder recorder;

	private final Stories stories;

	private final People people;

	PlatformActivityListener(PlatformStatements statements, PlatformRecorder recorder, Stories stories,
			People people) {
		this.statements = statements;
		this.recorder = recorder;
		this.stories = stories;
		this.people = people;
	}

	/**
	 * A first publication is a shared story and, when written with a reflection model, a reflection. Later
	 * publications (edits, a wider audience) add nothing. The practice module does not ask for SKJ dimensions yet,
	 * so reflections carry none.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(StoryPublished event) {
		if (!event.firstPublication() || people.person(event.authorId()).isEmpty()) {
			return;
		}
		recorder.record(event.authorId(), statements.storyShared(event));
		stories.visible(event.storyId(), people.viewer(event.authorId()))
			.filter(story -> !FREE_MODEL.equals(story.model()))
			.ifPresent(story -> recorder.record(event.authorId(), statements.reflected(event, story.model(), List.of())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ResponsePosted event) {
		recorder.record(event.authorId(), statements.commented(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ResponseMarkedHelpful event) {
		recorder.record(event.responderId(), statements.helped(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DilemmaAnswered event) {
		recorder.record(event.personId(), statements.answered(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SessionAttended event) {
		recorder.record(event.personId(), statements.attended(event));
	}

	/**
	 * A signal raised without the raiser's name for colleagues is not recorded: anyone holding one of the
	 * organisation's LRS credentials could otherwise tie the signal to its raiser.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SignalRaised event) {
		if (!event.anonymous()) {
			recorder.record(event.raiserId(), statements.raised(event));
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PrincipleRead event) {
		recorder.record(event.personId(), statements.read(event));
	}

}

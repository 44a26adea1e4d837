package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.id;
import static nl.meesterschap.signals.SignalFixture.raise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.FlagReason;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.identity.People;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalConversations;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalService;

/** Colleagues flag a signal; a moderator hides it for everyone but its raiser, and restores it. */
@IntegrationTest
class ModeratedSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	SignalLookup lookup;

	@Autowired
	ModerationService moderation;

	@Autowired
	People people;

	@Test
	void a_moderator_hides_and_restores_a_flagged_signal() {
		Signal signal = raise(signals, people, "chantal", "Een signaal dat gemeld wordt");
		moderation.flag(id(people, "anouk"), SignalConversations.KIND, signal.id(), FlagReason.OFF_TOPIC, null);
		moderation.hide(id(people, "jeroen"), SignalConversations.KIND, signal.id(), "Dit hoort niet bij beleid.");
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "anouk")))).isEmpty();
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "ilse")))).isEmpty();
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "chantal")))).hasValueSatisfying(
				s -> assertThat(s.hidden()).isTrue());
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "jeroen")))).isPresent();

		moderation.restore(id(people, "jeroen"), SignalConversations.KIND, signal.id(), "Toch relevant.");
		assertThat(lookup.find(signal.id(), people.viewer(id(people, "anouk")))).hasValueSatisfying(
				s -> assertThat(s.hidden()).isFalse());
	}

}

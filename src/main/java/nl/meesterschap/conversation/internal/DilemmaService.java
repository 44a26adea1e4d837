package nl.meesterschap.conversation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.DilemmaAnswered;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * "Wat zou jij doen?": the author opens a story at its decision moment; colleagues give their own choice and
 * reasoning before they see the others' answers and what the author actually did.
 */
@Service
@Transactional
public class DilemmaService {

	static final int MAX_OPTIONS = 4;

	private final DilemmaRepository dilemmas;

	private final ConversationAccess access;

	private final PrivacyGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DilemmaService(DilemmaRepository dilemmas, ConversationAccess access, PrivacyGuard guard,
			ApplicationEventPublisher events, Clock clock) {
		this.dilemmas = dilemmas;
		this.access = access;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/** Subjects that have a decision moment to open as a round: practice stories. */
	static final String DILEMMA_KIND = "story";

	/** Opens the round; {@code ownerChoice} is the index of the option the author chose. */
	public UUID open(UUID ownerId, String kind, UUID subjectId, String question, List<String> options, int ownerChoice,
			@Nullable String ownerReasoning, @Nullable String hideFromStep) {
		Subject subject = access.respondable(kind, subjectId, access.viewer(ownerId));
		if (!DILEMMA_KIND.equals(kind)) {
			throw new InvalidInputException("", "conversation.dilemma.stories-only");
		}
		if (!subject.ownerId().equals(ownerId)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "conversation.dilemma.owner-only");
		}
		if (dilemmas.ofSubject(kind, subjectId).isPresent()) {
			throw new InvalidInputException("", "conversation.dilemma.exists");
		}
		List<Violation> violations = new ArrayList<>();
		String cleanQuestion = question == null ? "" : question.strip();
		List<String> cleanOptions = options.stream().map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
		if (cleanQuestion.isEmpty() || cleanQuestion.length() > 2000) {
			violations.add(new Violation("question", "conversation.dilemma.question.error"));
		}
		if (cleanOptions.size() < 2 || cleanOptions.size() > MAX_OPTIONS
				|| cleanOptions.stream().anyMatch(o -> o.length() > 1000)) {
			violations.add(new Violation("options", "conversation.dilemma.options.error", MAX_OPTIONS));
		}
		if (ownerChoice < 0 || ownerChoice >= cleanOptions.size()) {
			violations.add(new Violation("ownerChoice", "conversation.dilemma.owner-choice"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		UUID id = UUID.randomUUID();
		String reasoning = ownerReasoning == null || ownerReasoning.isBlank() ? null : ownerReasoning.strip();
		noPersonalData(id, Map.of("question", cleanQuestion, "options", String.join("\n", cleanOptions), "reasoning",
				reasoning == null ? "" : reasoning));
		dilemmas.insert(new DilemmaRepository.Dilemma(id, kind, subjectId, ownerId, cleanQuestion,
				hideFromStep == null || hideFromStep.isBlank() ? null : hideFromStep, cleanOptions, ownerChoice,
				reasoning, clock.instant(), null));
		return id;
	}

	/** A colleague's choice and reasoning; once per person. */
	public void answer(UUID personId, String kind, UUID subjectId, int choice, String reasoning) {
		Subject subject = access.respondable(kind, subjectId, access.viewer(personId));
		DilemmaRepository.Dilemma dilemma = dilemmas.ofSubject(kind, subjectId)
			.orElseThrow(nl.meesterschap.web.ItemNotFoundException::new);
		if (subject.ownerId().equals(personId)) {
			throw new InvalidInputException("", "conversation.dilemma.own");
		}
		if (dilemma.closedAt() != null) {
			throw new InvalidInputException("", "conversation.dilemma.closed");
		}
		List<Violation> violations = new ArrayList<>();
		if (choice < 0 || choice >= dilemma.options().size()) {
			violations.add(new Violation("choice", "conversation.dilemma.choice"));
		}
		String text = reasoning == null ? "" : reasoning.strip();
		if (text.isEmpty() || text.length() > 5000) {
			violations.add(new Violation("reasoning", "conversation.dilemma.reasoning.error", 5000));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		noPersonalData(dilemma.id(), Map.of("reasoning", text));
		if (!dilemmas.answer(dilemma.id(), personId, choice, text, clock.instant())) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "conversation.dilemma.already-answered");
		}
		events.publishEvent(new DilemmaAnswered(dilemma.id(), kind, subjectId, personId, clock.instant()));
	}

	/** The author closes the round: no new answers, everything stays readable. */
	public void close(UUID ownerId, String kind, UUID subjectId) {
		Subject subject = access.visible(kind, subjectId, access.viewer(ownerId));
		if (!subject.ownerId().equals(ownerId)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "conversation.dilemma.owner-only");
		}
		dilemmas.ofSubject(kind, subjectId).ifPresent(d -> dilemmas.close(d.id(), clock.instant()));
	}

	private void noPersonalData(UUID id, Map<String, String> texts) {
		List<FieldFinding> findings = guard.blocking(new PrivacySubject("dilemma", id), texts);
		if (!findings.isEmpty()) {
			throw new ResponseRefusedException(findings);
		}
	}

}

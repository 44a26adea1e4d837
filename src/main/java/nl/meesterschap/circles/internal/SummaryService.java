package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.SharedSummaryChanged;
import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * "What we share outside the circle": notes stay inside the circle, but a short summary may reach the organisation,
 * the network or the whole platform. It is shared only when the privacy guard finds nothing in it (the same rule as
 * for stories); until then it stays a draft that only the circle sees.
 */
@Service("circlesSummaryService")
@Transactional
public class SummaryService {

	static final String SUBJECT = "session-summary";

	private final Access access;

	private final OutcomeRepository outcomes;

	private final SessionRepository sessions;

	private final CircleRepository circles;

	private final MethodRepository methods;

	private final People people;

	private final PrivacyGuard guard;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SummaryService(Access access, OutcomeRepository outcomes, SessionRepository sessions, CircleRepository circles,
			MethodRepository methods, People people, PrivacyGuard guard, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.outcomes = outcomes;
		this.sessions = sessions;
		this.circles = circles;
		this.methods = methods;
		this.people = people;
		this.guard = guard;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Summary> of(SessionContext context) {
		return outcomes.summary(context.session().id());
	}

	/** The audiences a summary of this circle can go to: its organisation, its network (if any), everyone. */
	public List<Audience> audiences(Circle circle) {
		return circle.networkId() == null
				? List.of(Audience.organisation(circle.ownerOrganisationId()), Audience.platform())
				: List.of(Audience.organisation(circle.ownerOrganisationId()), Audience.network(circle.networkId()),
						Audience.platform());
	}

	/**
	 * Saves the text; with {@code publishTo} it is shared with that audience, but only when the privacy guard finds
	 * nothing ({@link SummaryRefusedException}). A draft keeps the text even then; a shared summary keeps its
	 * earlier, clean text until the new one passes.
	 */
	@Transactional(noRollbackFor = SummaryRefusedException.class)
	public Summary save(UUID byId, UUID sessionId, @Nullable String text, @Nullable AudienceKind publishTo) {
		SessionContext context = publishTo == null ? access.noteTaker(sessionId, byId) : access.leader(sessionId, byId);
		if (context.session().status() == Session.Status.CANCELLED) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "session.closed");
		}
		Check check = new Check();
		String body = check.required("summary", text, 5000);
		Audience audience = publishTo == null ? null : audiences(context.circle()).stream()
			.filter(a -> a.kind() == publishTo)
			.findFirst()
			.orElse(null);
		if (publishTo != null && audience == null) {
			check.add("audience", "session.summary.audience.choose");
		}
		check.throwIfAny();
		Optional<Summary> current = outcomes.summary(sessionId);
		boolean shared = current.map(Summary::published).orElse(false);
		List<FieldFinding> findings = guard.blocking(subject(sessionId), Map.of("summary", body));
		if (!findings.isEmpty() && (publishTo != null || shared)) {
			if (!shared) {
				outcomes.saveSummary(new Summary(sessionId, body, null, null, null, clock.instant()));
			}
			throw new SummaryRefusedException(findings);
		}
		Instant now = clock.instant();
		Summary summary = publishTo != null ? new Summary(sessionId, body, audience, byId, now, now)
				: shared ? new Summary(sessionId, body, current.get().audience(), current.get().publishedBy(),
						current.get().publishedAt(), now)
						: new Summary(sessionId, body, null, null, null, now);
		outcomes.saveSummary(summary);
		if (summary.published() || shared) {
			events.publishEvent(new SharedSummaryChanged(sessionId));
		}
		return summary;
	}

	/** Takes a shared summary back inside the circle. */
	public void withdraw(UUID byId, UUID sessionId) {
		access.leader(sessionId, byId);
		outcomes.summary(sessionId).ifPresent(s -> {
			outcomes.saveSummary(new Summary(sessionId, s.body(), null, null, null, clock.instant()));
			if (s.published()) {
				events.publishEvent(new SharedSummaryChanged(sessionId));
			}
		});
	}

	@Transactional(readOnly = true)
	public List<FieldFinding> findings(SessionContext context) {
		return outcomes.summary(context.session().id())
			.map(s -> guard.blocking(subject(s.sessionId()), Map.of("summary", s.body())))
			.orElse(List.of());
	}

	/** Replaces a finding in the draft summary by a placeholder. */
	public boolean replace(UUID byId, UUID sessionId, int start, String expected, String replacement) {
		access.noteTaker(sessionId, byId);
		Summary current = outcomes.summary(sessionId).orElse(null);
		int at = current == null || expected.isEmpty() ? -1 : Texts.nearest(current.body(), expected, start);
		if (at < 0 || current.published()) {
			return false;
		}
		String changed = current.body().substring(0, at) + replacement + current.body().substring(at + expected.length());
		outcomes.saveSummary(new Summary(sessionId, changed, null, null, null, clock.instant()));
		return true;
	}

	public void waive(UUID byId, UUID sessionId, FindingType type, String text) {
		access.noteTaker(sessionId, byId);
		guard.waive(byId, people.viewer(byId).organisationId(), subject(sessionId), type, text);
	}

	/** Summaries shared with this person, newest first. */
	@Transactional(readOnly = true)
	public List<SharedSummary> sharedWith(Viewer viewer, int limit) {
		return outcomes.publishedSummaries(viewer.audienceKeys(), limit).stream()
			.flatMap(s -> shared(s).stream())
			.toList();
	}

	/** One shared summary; "not found" when it is not (or no longer) shared with this person. */
	@Transactional(readOnly = true)
	public SharedSummary shared(UUID sessionId, Viewer viewer) {
		return findShared(sessionId, viewer).orElseThrow(ItemNotFoundException::new);
	}

	/** As {@link #shared}, empty instead of "not found" (for other modules, inside their own transaction). */
	@Transactional(readOnly = true)
	public Optional<SharedSummary> findShared(UUID sessionId, Viewer viewer) {
		return outcomes.summary(sessionId)
			.filter(s -> s.published() && AccessPolicy.maySee(viewer, s.publishedBy(), s.audience()))
			.flatMap(this::shared);
	}

	/** The shared summary of a session whoever reads it (for the search index, which filters by its audience). */
	@Transactional(readOnly = true)
	public Optional<SharedSummary> findShared(UUID sessionId) {
		return outcomes.summary(sessionId).filter(Summary::published).flatMap(this::shared);
	}

	/** Session ids of shared summaries in id order after {@code after}, for a rebuild of the search index. */
	@Transactional(readOnly = true)
	public List<UUID> sharedIds(@Nullable UUID after, int limit) {
		return outcomes.publishedSummaryIds(after, limit);
	}

	private Optional<SharedSummary> shared(Summary summary) {
		return sessions.find(summary.sessionId()).flatMap(session -> circles.find(session.circleId())
			.flatMap(circle -> methods.find(session.methodId())
				.map(method -> new SharedSummary(summary, session, circle, method))));
	}

	static PrivacySubject subject(UUID sessionId) {
		return new PrivacySubject(SUBJECT, sessionId);
	}

	/** A summary as people outside the circle see it: with the circle's name, the method and the date. */
	public record SharedSummary(Summary summary, Session session, Circle circle, Method method) {
	}

}

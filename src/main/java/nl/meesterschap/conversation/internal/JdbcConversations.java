package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.DilemmaView;
import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ReactionCounts;
import nl.meesterschap.conversation.ResponseDocument;
import nl.meesterschap.conversation.ResponseView;
import nl.meesterschap.conversation.SubjectActivity;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.conversation.ThreadView;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;

/** Puts a conversation together as one reader may see it. */
@Service
@Transactional(readOnly = true)
class JdbcConversations implements Conversations {

	private static final int MENTIONABLE = 200;

	private final ResponseRepository responses;

	private final ReactionRepository reactions;

	private final DilemmaRepository dilemmas;

	private final ModerationRepository moderation;

	private final ConversationAccess access;

	private final SubjectRegistry subjects;

	private final Markdown markdown;

	private final People people;

	private final ResponseService responseService;

	private final DilemmaService dilemmaService;

	JdbcConversations(ResponseRepository responses, ReactionRepository reactions, DilemmaRepository dilemmas,
			ModerationRepository moderation, ConversationAccess access, SubjectRegistry subjects, Markdown markdown,
			People people, ResponseService responseService, DilemmaService dilemmaService) {
		this.responseService = responseService;
		this.dilemmaService = dilemmaService;
		this.responses = responses;
		this.reactions = reactions;
		this.dilemmas = dilemmas;
		this.moderation = moderation;
		this.access = access;
		this.subjects = subjects;
		this.markdown = markdown;
		this.people = people;
	}

	@Override
	public ThreadView thread(String kind, UUID subjectId, Viewer viewer) {
		Subject subject = access.visible(kind, subjectId, viewer);
		boolean moderator = access.moderates(viewer, subject.organisationId());
		List<ResponseRow> rows = responses.ofSubject(kind, subjectId);
		Map<UUID, PersonSummary> authors = people.people(rows.stream().map(ResponseRow::authorId).toList());
		Map<UUID, ReactionCounts> counts = reactions.counts(ResponseService.SUBJECT,
				rows.stream().map(ResponseRow::id).toList(), viewer.personId());
		List<ResponseView> top = new ArrayList<>();
		for (ResponseRow row : rows) {
			if (row.parentId() != null) {
				continue;
			}
			List<ResponseView> replies = rows.stream()
				.filter(r -> row.id().equals(r.parentId()))
				.map(r -> view(r, List.of(), viewer, moderator, authors, counts))
				.flatMap(Optional::stream)
				.toList();
			view(row, replies, viewer, moderator, authors, counts).ifPresent(top::add);
		}
		top.sort(Comparator.comparing(ResponseView::helpful).reversed().thenComparing(ResponseView::createdAt));
		boolean open = subject.open() && moderation.hiddenReason(kind, subjectId).isEmpty();
		boolean canRespond = open && nl.meesterschap.identity.AccessPolicy.maySee(viewer, subject);
		int visible = (int) rows.stream().filter(r -> r.status() == State.VISIBLE).count();
		return new ThreadView(subject, top,
				reactions.counts(kind, List.of(subjectId), viewer.personId()).getOrDefault(subjectId, ReactionCounts.NONE),
				dilemma(subject, viewer), canRespond, subject.ownerId().equals(viewer.personId()), moderator,
				canRespond ? mentionable(subject, viewer) : List.of(), visible);
	}

	@Override
	public boolean isHidden(String kind, UUID id) {
		return moderation.hiddenReason(kind, id).isPresent();
	}

	@Override
	public Optional<String> hiddenReason(String kind, UUID id) {
		return moderation.hiddenReason(kind, id);
	}

	@Override
	public Optional<String> hiddenFromStep(String kind, UUID subjectId, Viewer viewer) {
		return dilemmas.ofSubject(kind, subjectId)
			.filter(d -> d.hideFromStep() != null && d.closedAt() == null)
			.filter(d -> !d.ownerId().equals(viewer.personId()))
			.filter(d -> dilemmas.answers(d.id()).stream().noneMatch(a -> a.personId().equals(viewer.personId())))
			.map(DilemmaRepository.Dilemma::hideFromStep);
	}

	@Override
	public Optional<ResponseDocument> document(UUID responseId) {
		return responses.find(responseId).filter(r -> r.status() == State.VISIBLE).flatMap(row -> subjects
			.find(row.subjectKind(), row.subjectId())
			.filter(s -> moderation.hiddenReason(s.kind(), s.id()).isEmpty())
			.map(subject -> new ResponseDocument(row.id(), row.subjectKind(), row.subjectId(), subject.title(),
					subject.url() + "#reactie-" + row.id(), row.authorId(),
					people.person(row.authorId()).map(PersonSummary::displayName).orElse(""), row.organisationId(),
					markdown.text(row.body()), subject.audience().key(subject.ownerId()), row.createdAt())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectActivity> mostActive(String kind, Instant since, int limit) {
		return responses.mostActive(kind, since, limit)
			.stream()
			.filter(a -> moderation.hiddenReason(kind, a.subjectId()).isEmpty())
			.toList();
	}

	@Override
	public List<UUID> visibleResponseIds(String kind, UUID subjectId) {
		return responses.visibleIdsOf(kind, subjectId);
	}

	@Override
	public List<UUID> visibleResponseIds(@Nullable UUID after, int limit) {
		return responses.visibleIdsAfter(after, limit);
	}

	@Override
	@Transactional
	public UUID respond(UUID authorId, String kind, UUID subjectId, @Nullable UUID parentId,
			@Nullable ResponseKind responseKind, String markdownText, Instant at) {
		return responseService.post(authorId, kind, subjectId, parentId, responseKind, markdownText, UUID.randomUUID(),
				Join.NEW, at).id();
	}

	@Override
	@Transactional
	public void markHelpful(UUID ownerId, UUID responseId) {
		responseService.markHelpful(ownerId, responseId, true);
	}

	@Override
	@Transactional
	public void react(UUID personId, String targetKind, UUID targetId, ReactionKind kind) {
		responseService.react(personId, targetKind, targetId, kind, true);
	}

	@Override
	@Transactional
	public UUID openDilemma(UUID ownerId, String kind, UUID subjectId, String question, List<String> options,
			int ownerChoice, @Nullable String ownerReasoning, @Nullable String hideFromStep) {
		return dilemmaService.open(ownerId, kind, subjectId, question, options, ownerChoice, ownerReasoning, hideFromStep);
	}

	@Override
	@Transactional
	public void answerDilemma(UUID personId, String kind, UUID subjectId, int choice, String reasoning) {
		dilemmaService.answer(personId, kind, subjectId, choice, reasoning);
	}

	private Optional<ResponseView> view(ResponseRow row, List<ResponseView> replies, Viewer viewer, boolean moderator,
			Map<UUID, PersonSummary> authors, Map<UUID, ReactionCounts> counts) {
		boolean mine = row.authorId().equals(viewer.personId());
		boolean readable = switch (row.status()) {
			case VISIBLE -> true;
			case PENDING, HIDDEN -> mine || moderator;
			case DELETED -> false;
		};
		if (!readable && row.status() == State.PENDING) {
			return Optional.empty();
		}
		if (row.status() == State.DELETED && replies.isEmpty()) {
			return Optional.empty();
		}
		PersonSummary author = authors.get(row.authorId());
		String organisation = author == null ? ""
				: people.organisation(author.organisationId()).map(OrganisationSummary::name).orElse("");
		int revisions = moderator ? row.revision() : 0;
		return Optional.of(new ResponseView(row.id(), row.authorId(), author == null ? "" : author.displayName(),
				organisation, row.kind(), readable ? markdown.html(row.body()) : "", mine ? row.body() : "",
				row.createdAt(), row.editedAt(), row.helpful(), row.status(),
				mine || moderator ? row.hiddenReason() : null, counts.getOrDefault(row.id(), ReactionCounts.NONE), mine,
				revisions, replies));
	}

	private @Nullable DilemmaView dilemma(Subject subject, Viewer viewer) {
		return dilemmas.ofSubject(subject.kind(), subject.id()).map(d -> {
			List<DilemmaRepository.Answer> answers = dilemmas.answers(d.id());
			boolean mine = d.ownerId().equals(viewer.personId());
			DilemmaRepository.Answer own = answers.stream().filter(a -> a.personId().equals(viewer.personId()))
				.findFirst().orElse(null);
			boolean revealed = mine || own != null || d.closedAt() != null;
			List<Integer> spread = new ArrayList<>();
			for (int i = 0; i < d.options().size(); i++) {
				int option = i;
				spread.add((int) answers.stream().filter(a -> a.choice() == option).count());
			}
			Map<UUID, PersonSummary> names = people.people(answers.stream().map(DilemmaRepository.Answer::personId).toList());
			List<DilemmaView.Answer> shown = revealed ? answers.stream()
				.map(a -> new DilemmaView.Answer(Optional.ofNullable(names.get(a.personId()))
					.map(PersonSummary::displayName).orElse(""), a.choice(), a.reasoning()))
				.toList() : List.of();
			return new DilemmaView(d.id(), d.question(), d.options(), mine, own != null,
					own == null ? null : own.choice(), revealed, revealed ? spread : List.of(), shown,
					revealed ? d.ownerChoice() : null, revealed ? d.ownerReasoning() : null, d.closedAt() != null);
		}).orElse(null);
	}

	private List<PersonSummary> mentionable(Subject subject, Viewer viewer) {
		return people.audienceMembers(subject.ownerId(), subject.audience()).stream()
			.filter(p -> !Objects.equals(p.id(), viewer.personId()))
			.sorted(Comparator.comparing(PersonSummary::displayName))
			.limit(MENTIONABLE)
			.toList();
	}

}

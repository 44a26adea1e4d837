package nl.meesterschap.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.FlagReason;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ItemNotFoundException;

/** What a moderator or privacy officer sees on the moderation page. */
@Component
public class ModerationQueue {

	private final ModerationService moderation;

	private final ModerationRepository repository;

	private final ResponseRepository responses;

	private final SubjectRegistry subjects;

	private final Markdown markdown;

	private final People people;

	ModerationQueue(ModerationService moderation, ModerationRepository repository, ResponseRepository responses,
			SubjectRegistry subjects, Markdown markdown, People people) {
		this.moderation = moderation;
		this.repository = repository;
		this.responses = responses;
		this.subjects = subjects;
		this.markdown = markdown;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public View of(UUID personId) {
		Viewer viewer = people.viewer(personId);
		boolean moderator = viewer.hasRole(Role.MODERATOR) || viewer.hasRole(Role.PRIVACY_OFFICER);
		if (!moderator) {
			throw new ItemNotFoundException();
		}
		List<Item> items = new ArrayList<>();
		for (ModerationRepository.Flag flag : moderation.queue(personId)) {
			items.add(item(flag.targetKind(), flag.targetId(), flag.reason(), flag.note(), name(flag.flaggedBy())));
		}
		List<Item> pending = responses.ofOrganisationPending(viewer.organisationId()).stream()
			.map(r -> item(ResponseService.SUBJECT, r.id(), null, null, null))
			.toList();
		return new View(items, pending, moderation.log(personId).stream()
			.map(e -> new LogLine(name(e.actorId()), e.action(), e.targetKind(), e.targetId(), e.reason(), e.at()))
			.toList(), repository.settings(viewer.organisationId()), viewer.hasRole(Role.MODERATOR)
					|| viewer.hasRole(Role.ADMIN));
	}

	private Item item(String kind, UUID id, @Nullable FlagReason reason, @Nullable String note, @Nullable String by) {
		if (kind.equals(ResponseService.SUBJECT)) {
			ResponseRow row = responses.find(id).orElse(null);
			String url = row == null ? null
					: subjects.find(row.subjectKind(), row.subjectId()).map(s -> s.url() + "#reactie-" + id).orElse(null);
			return new Item(kind, id, row == null ? "" : markdown.html(row.body()), row == null ? "" : name(row.authorId()),
					url, reason, note, by, row != null && row.status() == State.HIDDEN);
		}
		var subject = subjects.find(kind, id);
		return new Item(kind, id, subject.map(s -> s.title()).orElse(""),
				subject.map(s -> name(s.ownerId())).orElse(""), subject.map(s -> s.url()).orElse(null), reason, note, by,
				repository.hiddenReason(kind, id).isPresent());
	}

	private String name(UUID personId) {
		return people.person(personId).map(PersonSummary::displayName).orElse("");
	}

	/** The page: flags, responses waiting for approval, the latest decisions, and the pre-moderation setting. */
	public record View(List<Item> flags, List<Item> pending, List<LogLine> log, ModerationRepository.Settings settings,
			boolean maySetSettings) {
	}

	/** A flagged or waiting item with what the moderator needs to judge it. {@code html} is sanitised. */
	public record Item(String kind, UUID id, String html, String author, @Nullable String url,
			@Nullable FlagReason reason, @Nullable String note, @Nullable String flaggedBy, boolean hidden) {
	}

	/** One logged decision. */
	public record LogLine(String actor, String action, String kind, UUID id, @Nullable String reason,
			java.time.Instant at) {
	}

}

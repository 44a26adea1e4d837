package nl.meesterschap.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersionPublished;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.KoersRepository.KoersRow;
import nl.meesterschap.policy.internal.KoersRepository.VersionRow;
import nl.meesterschap.policy.internal.KoersRepository.VersionStatus;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Editing the next koers version: a POLICY_ADVISOR or TEAM_LEAD of the organisation starts a draft, edits its texts
 * and principles, and publishes it. Others of that organisation are refused (403); people of other organisations
 * learn nothing (404). Published versions are never changed.
 */
@Service
@Transactional
public class KoersEditing {

	private final KoersRepository koersen;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KoersEditing(KoersRepository koersen, People people, ApplicationEventPublisher events, Clock clock) {
		this.koersen = koersen;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether this person may edit the organisation's koers. */
	@Transactional(readOnly = true)
	public boolean mayEdit(UUID actorId, UUID organisationId) {
		return isEditor(people.viewer(actorId), organisationId);
	}

	/** The organisation with this slug when the actor may edit its koers; 403 or 404 otherwise. */
	@Transactional(readOnly = true)
	public OrganisationSummary editableOrganisation(UUID actorId, String slug) {
		OrganisationSummary organisation = people.organisationBySlug(slug).orElseThrow(ItemNotFoundException::new);
		Viewer viewer = people.viewer(actorId);
		if (isEditor(viewer, organisation.id())) {
			return organisation;
		}
		if (viewer.organisationId().equals(organisation.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "problem.forbidden");
		}
		throw new ItemNotFoundException();
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(UUID actorId, String slug) {
		OrganisationSummary organisation = editableOrganisation(actorId, slug);
		return koersen.koersOf(organisation.id())
			.flatMap(koers -> koersen.draft(koers.id()).map(version -> draft(organisation, koers, version)));
	}

	/** Whether the organisation has a koers (then a draft needs no title and period). */
	@Transactional(readOnly = true)
	public boolean hasKoers(UUID organisationId) {
		return koersen.koersOf(organisationId).isPresent();
	}

	/**
	 * A new draft that copies the latest published version, or an empty one; a first draft also sets the koers's
	 * title and period. An existing draft is returned as it is.
	 */
	public Draft startDraft(UUID actorId, String slug, @Nullable String title, @Nullable String period) {
		OrganisationSummary organisation = editableOrganisation(actorId, slug);
		Instant now = clock.instant();
		KoersRow koers = koersen.koersOf(organisation.id()).orElseGet(() -> {
			List<String> titleAndPeriod = PrincipleRules.titleAndPeriod(title, period);
			return koersen.createKoers(organisation.id(), titleAndPeriod.get(0), titleAndPeriod.get(1), now);
		});
		Optional<VersionRow> existing = koersen.draft(koers.id());
		if (existing.isPresent()) {
			return draft(organisation, koers, existing.get());
		}
		Optional<VersionRow> latest = koersen.latestPublished(koers.id());
		UUID versionId = koersen.createVersion(koers.id(), koersen.nextNumber(koers.id()), VersionStatus.DRAFT,
				latest.map(VersionRow::vision).orElse(""), null, now, actorId, null);
		latest.ifPresent(version -> koersen.replacePrinciples(versionId, koersen.principles(version.id())));
		return draft(organisation, koers, koersen.draft(koers.id()).orElseThrow());
	}

	public void saveText(UUID actorId, String slug, @Nullable String vision, @Nullable String changeNote) {
		Editing editing = editing(actorId, slug);
		List<Violation> violations = new ArrayList<>();
		String cleanVision = collect(violations, () -> PrincipleRules.vision(vision));
		String cleanNote = collect(violations, () -> PrincipleRules.changeNote(changeNote));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		koersen.updateText(editing.version().id(), cleanVision == null ? "" : cleanVision, cleanNote, clock.instant(),
				actorId);
	}

	public Principle addPrinciple(UUID actorId, String slug, PrincipleInput input) {
		Editing editing = editing(actorId, slug);
		List<Principle> principles = new ArrayList<>(editing.principles());
		Principle principle = PrincipleRules.principle(input, principles.stream().map(Principle::code).toList());
		if (principles.size() >= PrincipleRules.PRINCIPLES_MAX) {
			throw new InvalidInputException("", "koers.principle.too-many", PrincipleRules.PRINCIPLES_MAX);
		}
		principles.add(principle);
		save(editing, principles, actorId);
		return principle;
	}

	public Principle updatePrinciple(UUID actorId, String slug, String code, PrincipleInput input) {
		Editing editing = editing(actorId, slug);
		List<Principle> principles = new ArrayList<>(editing.principles());
		int index = indexOf(principles, code);
		Principle principle = PrincipleRules.principle(input,
				principles.stream().map(Principle::code).filter(other -> !other.equals(code)).toList());
		principles.set(index, principle);
		save(editing, principles, actorId);
		return principle;
	}

	public void removePrinciple(UUID actorId, String slug, String code) {
		Editing editing = editing(actorId, slug);
		List<Principle> principles = new ArrayList<>(editing.principles());
		principles.remove(indexOf(principles, code));
		save(editing, principles, actorId);
	}

	/** Moves a principle one place up or down; at the top or bottom nothing changes. */
	public void movePrinciple(UUID actorId, String slug, String code, boolean up) {
		Editing editing = editing(actorId, slug);
		List<Principle> principles = new ArrayList<>(editing.principles());
		int index = indexOf(principles, code);
		int target = up ? index - 1 : index + 1;
		if (target >= 0 && target < principles.size()) {
			Collections.swap(principles, index, target);
			save(editing, principles, actorId);
		}
	}

	/** Publishes the draft: it becomes the current, read-only version, and the change is announced. */
	public KoersVersionPublished publish(UUID actorId, String slug) {
		Editing editing = editing(actorId, slug);
		List<Violation> violations = new ArrayList<>();
		if (editing.principles().isEmpty()) {
			violations.add(new Violation("", "koers.publish.no-principles"));
		}
		if (editing.version().changeNote() == null || editing.version().changeNote().isBlank()) {
			violations.add(new Violation("changeNote", "koers.publish.change-note-required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<Principle> previous = koersen.latestPublished(editing.koers().id())
			.map(version -> koersen.principles(version.id()))
			.orElse(List.of());
		Instant now = clock.instant();
		if (!koersen.publish(editing.version().id(), now, actorId)) {
			throw new ItemNotFoundException();
		}
		KoersComparison changes = KoersComparison.between(previous, editing.principles());
		KoersVersionPublished published = new KoersVersionPublished(editing.organisation().id(),
				editing.version().number(), now, changes.addedCodes(), changes.rewordedCodes(), changes.removedCodes());
		events.publishEvent(published);
		return published;
	}

	public void discardDraft(UUID actorId, String slug) {
		koersen.deleteDraft(editing(actorId, slug).version().id());
	}

	private Editing editing(UUID actorId, String slug) {
		OrganisationSummary organisation = editableOrganisation(actorId, slug);
		KoersRow koers = koersen.koersOf(organisation.id()).orElseThrow(ItemNotFoundException::new);
		VersionRow version = koersen.draft(koers.id()).orElseThrow(ItemNotFoundException::new);
		return new Editing(organisation, koers, version, koersen.principles(version.id()));
	}

	private void save(Editing editing, List<Principle> principles, UUID actorId) {
		koersen.replacePrinciples(editing.version().id(), principles);
		koersen.touch(editing.version().id(), clock.instant(), actorId);
	}

	private Draft draft(OrganisationSummary organisation, KoersRow koers, VersionRow version) {
		List<Principle> principles = koersen.principles(version.id());
		Optional<VersionRow> latest = koersen.latestPublished(koers.id());
		return new Draft(organisation, koers.title(), koers.period(), version.number(), version.vision(),
				version.changeNote(), principles, version.updatedAt(), latest.map(VersionRow::number).orElse(null),
				latest.map(v -> KoersComparison.between(koersen.principles(v.id()), principles)).orElse(null));
	}

	private static int indexOf(List<Principle> principles, String code) {
		for (int i = 0; i < principles.size(); i++) {
			if (principles.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new ItemNotFoundException();
	}

	private static <T> @Nullable T collect(List<Violation> violations, java.util.function.Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidInputException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	static boolean isEditor(Viewer viewer, UUID organisationId) {
		return viewer.hasRole(organisationId, Role.POLICY_ADVISOR) || viewer.hasRole(organisationId, Role.TEAM_LEAD);
	}

	private record Editing(OrganisationSummary organisation, KoersRow koers, VersionRow version,
			List<Principle> principles) {
	}

}

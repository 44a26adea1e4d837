package nl.meesterschap.circles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.CircleInvitationSent;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Starting circles and who is in them. Only active members see a circle's work; an invited person sees the
 * invitation and the confidentiality agreement, nothing else; for anyone else the circle does not exist (404).
 * Circle facilitators invite people and plan sessions.
 */
@Service("circlesCircleService")
@Transactional
public class CircleService {

	private final CircleRepository circles;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CircleService(CircleRepository circles, People people, ApplicationEventPublisher events, Clock clock) {
		this.circles = circles;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** A new circle of the creator's organisation, with the creator as its first facilitator. */
	public Circle create(UUID creatorId, CircleInput input) {
		Viewer creator = people.viewer(creatorId);
		Check check = new Check();
		String name = check.required("name", input.name(), 120);
		Circle.Kind kind = check.choice("kind", Circle.Kind.class, input.kind());
		String description = check.optional("description", input.description(), 2000);
		if (input.networkId() != null && !creator.networkIds().contains(input.networkId())) {
			check.add("networkId", "circle.network.not-yours");
		}
		check.throwIfAny();
		Instant now = clock.instant();
		Circle circle = new Circle(UUID.randomUUID(), name, kind, description, creator.organisationId(),
				input.networkId(), creatorId, now);
		circles.insert(circle);
		circles.saveMember(new Membership(circle.id(), creatorId, Membership.Role.FACILITATOR,
				Membership.Status.ACTIVE, null, now, now));
		return circle;
	}

	/** The circle, for an active member; 404 for anyone else (also for someone who is only invited). */
	@Transactional(readOnly = true)
	public Circle ofMember(UUID circleId, UUID personId) {
		return circles.membership(circleId, personId)
			.filter(Membership::active)
			.flatMap(m -> circles.find(circleId))
			.orElseThrow(ItemNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Membership> membership(UUID circleId, UUID personId) {
		return circles.membership(circleId, personId);
	}

	/** The circle someone is invited to (and has not answered yet); 404 otherwise. */
	@Transactional(readOnly = true)
	public Circle invitedTo(UUID circleId, UUID personId) {
		return circles.membership(circleId, personId)
			.filter(m -> m.status() == Membership.Status.INVITED)
			.flatMap(m -> circles.find(circleId))
			.orElseThrow(ItemNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Circle> mine(UUID personId) {
		return circles.ofPerson(personId, Membership.Status.ACTIVE);
	}

	@Transactional(readOnly = true)
	public List<Circle> invitations(UUID personId) {
		return circles.ofPerson(personId, Membership.Status.INVITED);
	}

	/** Members and open invitations, for a member of the circle. */
	@Transactional(readOnly = true)
	public List<Membership> members(UUID circleId, UUID viewerId) {
		ofMember(circleId, viewerId);
		return circles.members(circleId).stream().filter(m -> m.status() != Membership.Status.DECLINED).toList();
	}

	@Transactional(readOnly = true)
	public List<UUID> activeMemberIds(UUID circleId) {
		return circles.activeMemberIds(circleId);
	}

	/** A facilitator invites someone; they join once they accept the confidentiality agreement. */
	public void invite(UUID byId, UUID circleId, @Nullable UUID personId) {
		Circle circle = ofMember(circleId, byId);
		requireFacilitator(circle, byId);
		PersonSummary person = personId == null ? null : people.person(personId).orElse(null);
		if (person == null) {
			throw new InvalidInputException("personId", "circle.invite.unknown-person");
		}
		Optional<Membership> existing = circles.membership(circleId, personId);
		if (existing.filter(Membership::active).isPresent()) {
			throw new InvalidInputException("personId", "circle.invite.already-member", person.displayName());
		}
		if (existing.filter(m -> m.status() == Membership.Status.INVITED).isPresent()) {
			throw new InvalidInputException("personId", "circle.invite.already-invited", person.displayName());
		}
		Instant now = clock.instant();
		circles.saveMember(new Membership(circleId, personId, Membership.Role.MEMBER, Membership.Status.INVITED, byId,
				now, null));
		events.publishEvent(new CircleInvitationSent(circleId, circle.name(), personId, byId, now));
	}

	/** Accepting needs the confidentiality agreement; then the person is a member and sees the circle's work. */
	public void accept(UUID personId, UUID circleId, boolean agreed) {
		invitedTo(circleId, personId);
		if (!agreed) {
			throw new InvalidInputException("agreed", "circle.agreement.required");
		}
		Membership invited = circles.membership(circleId, personId).orElseThrow();
		circles.saveMember(new Membership(circleId, personId, invited.role(), Membership.Status.ACTIVE,
				invited.invitedBy(), invited.invitedAt(), clock.instant()));
	}

	public void decline(UUID personId, UUID circleId) {
		invitedTo(circleId, personId);
		Membership invited = circles.membership(circleId, personId).orElseThrow();
		circles.saveMember(new Membership(circleId, personId, invited.role(), Membership.Status.DECLINED,
				invited.invitedBy(), invited.invitedAt(), null));
	}

	/** Makes an active member a facilitator of the circle too. */
	public void makeFacilitator(UUID byId, UUID circleId, UUID personId) {
		Circle circle = ofMember(circleId, byId);
		requireFacilitator(circle, byId);
		Membership member = circles.membership(circleId, personId).filter(Membership::active)
			.orElseThrow(() -> new InvalidInputException("personId", "circle.not-a-member"));
		circles.saveMember(new Membership(circleId, personId, Membership.Role.FACILITATOR, member.status(),
				member.invitedBy(), member.invitedAt(), member.acceptedAt()));
	}

	/** People a facilitator may invite: colleagues of their organisation and of the circle's and their networks. */
	@Transactional(readOnly = true)
	public List<PersonSummary> inviteCandidates(UUID byId, UUID circleId) {
		Circle circle = ofMember(circleId, byId);
		Viewer by = people.viewer(byId);
		Set<UUID> taken = new java.util.HashSet<>();
		circles.members(circleId).stream().filter(m -> m.status() != Membership.Status.DECLINED)
			.forEach(m -> taken.add(m.personId()));
		List<Audience> audiences = new ArrayList<>();
		audiences.add(Audience.organisation(by.organisationId()));
		if (circle.networkId() != null) {
			audiences.add(Audience.network(circle.networkId()));
		}
		by.networkIds().stream().sorted().map(Audience::network).forEach(audiences::add);
		Map<UUID, PersonSummary> candidates = new LinkedHashMap<>();
		audiences.forEach(audience -> people.audienceMembers(byId, audience).stream()
			.filter(p -> !taken.contains(p.id()))
			.forEach(p -> candidates.putIfAbsent(p.id(), p)));
		return candidates.values().stream().sorted(Comparator.comparing(PersonSummary::displayName)).toList();
	}

	public void requireFacilitator(Circle circle, UUID personId) {
		if (circles.membership(circle.id(), personId).filter(Membership::facilitator).isEmpty()) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "circle.facilitators-only");
		}
	}

	/** What a new circle needs; a network, when given, must be one of the creator's. */
	public record CircleInput(@Nullable String name, @Nullable String kind, @Nullable String description,
			@Nullable UUID networkId) {
	}

}

package nl.meesterschap.circles.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.CircleMemberships;

/**
 * Tells the identity module who is in which circle, so the one access policy decides about CIRCLE audiences.
 * Reads the tables directly (not through People), because People itself asks here.
 */
@Component("circlesJdbcCircleMemberships")
@Transactional(readOnly = true)
class JdbcCircleMemberships implements CircleMemberships {

	private final CircleRepository circles;

	JdbcCircleMemberships(CircleRepository circles) {
		this.circles = circles;
	}

	@Override
	public Set<UUID> circleIdsOf(UUID personId) {
		return Set.copyOf(circles.circleIdsOf(personId));
	}

	@Override
	public Optional<CircleRef> circle(UUID circleId) {
		return circles.find(circleId).map(c -> new CircleRef(c.id(), c.name()));
	}

	@Override
	public List<UUID> memberIds(UUID circleId) {
		return circles.activeMemberIds(circleId);
	}

}

package nl.meesterschap.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is in which learning circle, provided by the circles module so that the one access policy can decide
 * about CIRCLE audiences without identity depending on circles. Without a circles module nobody is in a
 * circle.
 */
public interface CircleMemberships {

	/** The circles this person is a member of (accepted members only). */
	Set<UUID> circleIdsOf(UUID personId);

	/** Name and id of a circle, for labels. */
	Optional<CircleRef> circle(UUID circleId);

	/** The members of a circle (for mentions and notifications). */
	List<UUID> memberIds(UUID circleId);

	/** A circle as other modules show it. */
	record CircleRef(UUID id, String name) {
	}

}

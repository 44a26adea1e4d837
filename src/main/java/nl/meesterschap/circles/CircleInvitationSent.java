package nl.meesterschap.circles;

import java.time.Instant;
import java.util.UUID;

/** Someone was invited to a circle; they become a member once they accept its confidentiality agreement. */
public record CircleInvitationSent(UUID circleId, String circleName, UUID personId, UUID invitedBy, Instant at) {
}

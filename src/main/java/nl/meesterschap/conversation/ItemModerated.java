package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/** A moderator hid or restored a story or response; search and digests leave hidden items out. */
public record ItemModerated(String targetKind, UUID targetId, boolean hidden, UUID moderatorId, Instant at) {
}

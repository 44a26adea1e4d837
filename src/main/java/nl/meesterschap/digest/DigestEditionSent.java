package nl.meesterschap.digest;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An edition of a digest went out: its mails are in the outbox ({@code mails} readers had something in it; the others
 * got none) and its archive page is readable. {@code organisationId} is the editing organisation (none for a
 * circle's digest).
 */
public record DigestEditionSent(UUID editionId, UUID digestId, @Nullable UUID organisationId, int mails,
		Instant sentAt) {
}

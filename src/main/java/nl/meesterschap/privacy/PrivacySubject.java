package nl.meesterschap.privacy;

import java.util.UUID;

/** The item whose texts are guarded, e.g. {@code ("story", id)}; waivers apply to one item only. */
public record PrivacySubject(String kind, UUID id) {
}

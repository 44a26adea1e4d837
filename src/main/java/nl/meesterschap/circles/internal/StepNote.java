package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

/** What was noted in one step of a session; stays inside the circle. */
public record StepNote(int step, String body, UUID updatedBy, Instant updatedAt) {
}

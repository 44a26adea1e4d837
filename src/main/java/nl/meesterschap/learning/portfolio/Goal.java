package nl.meesterschap.learning.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A learning goal linked to one competency of a framework, with where it stands. */
public record Goal(UUID id, UUID personId, String framework, String competency, String title,
		@Nullable String description, Status status, @Nullable LocalDate targetDate, Instant createdAt, Instant updatedAt) {

	public enum Status {
		PLANNED, IN_PROGRESS, ACHIEVED, STOPPED
	}

}

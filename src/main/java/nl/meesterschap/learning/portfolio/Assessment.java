package nl.meesterschap.learning.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How the professional rated themselves on one competency on a date: 1 beginner, 2 competent, 3 advanced, 4 expert. */
public record Assessment(UUID id, UUID personId, String framework, String competency, int level, @Nullable String note,
		LocalDate assessedOn, Instant createdAt) {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 4;

}

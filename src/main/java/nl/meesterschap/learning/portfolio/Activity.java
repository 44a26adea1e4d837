package nl.meesterschap.learning.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learning activity that counts for registration hours: a learning-circle session attended ({@link Source#SESSION},
 * added automatically) or something the professional added by hand ({@link Source#EXTERNAL}, such as a course with
 * its accreditation id). {@code minutes} are net minutes: 90 minutes are 1.5 hours.
 */
public record Activity(UUID id, UUID personId, Source source, @Nullable UUID sessionId, @Nullable UUID circleId,
		Category category, String title, @Nullable String provider, @Nullable String accreditationId, int minutes,
		LocalDate date, @Nullable String reflectionKind, @Nullable String sessionRole, @Nullable String certificateNote,
		Instant createdAt) {

	public enum Source {
		SESSION, EXTERNAL
	}

	public BigDecimal hours() {
		return Activity.hours(minutes);
	}

	/** Minutes as hours with at most two decimals (90 → 1.5, 20 → 0.33). */
	public static BigDecimal hours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

}

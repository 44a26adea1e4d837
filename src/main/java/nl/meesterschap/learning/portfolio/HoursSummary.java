package nl.meesterschap.learning.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.learning.portfolio.RegisterCatalogue.Norm;
import nl.meesterschap.learning.portfolio.RegisterCatalogue.Register;

/**
 * Registration hours in the professional's current period [{@code from}, {@code until}) per category, against
 * their register's norms. Without a register (or without a period start) the period is the last five years.
 */
public record HoursSummary(@Nullable Register register, @Nullable LocalDate periodStart, LocalDate from,
		LocalDate until, List<CategoryHours> categories, List<Activity> counted, int outsidePeriod) {

	/** The last day of the period. */
	public LocalDate lastDay() {
		return until.minusDays(1);
	}

	public CategoryHours category(Category category) {
		return categories.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
	}

	public int totalMinutes() {
		return categories.stream().mapToInt(CategoryHours::minutes).sum();
	}

	public BigDecimal totalHours() {
		return Activity.hours(totalMinutes());
	}

	/** The minutes of one category, with the register's norm for it when there is one. */
	public record CategoryHours(Category category, int minutes, @Nullable Norm norm) {

		public BigDecimal hours() {
			return Activity.hours(minutes);
		}

		public @Nullable Integer minimumHours() {
			return norm == null ? null : norm.minimumHours();
		}

		public @Nullable Integer maximumHours() {
			return norm == null ? null : norm.maximumHours();
		}

		/** How far towards the minimum, 0 to 100; null without a known minimum. */
		public @Nullable Integer percent() {
			Integer minimum = minimumHours();
			if (minimum == null || minimum == 0) {
				return null;
			}
			return (int) Math.min(100, (long) minutes * 100 / (minimum * 60L));
		}

		public boolean met() {
			Integer minimum = minimumHours();
			return minimum != null && minutes >= minimum * 60;
		}

		/** Hours still needed for the minimum; null without a known minimum. */
		public @Nullable BigDecimal remainingHours() {
			Integer minimum = minimumHours();
			return minimum == null ? null : Activity.hours(Math.max(0, minimum * 60 - minutes));
		}

		public boolean overMaximum() {
			Integer maximum = maximumHours();
			return maximum != null && minutes > maximum * 60;
		}

	}

}

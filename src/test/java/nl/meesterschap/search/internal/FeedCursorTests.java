package nl.meesterschap.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The feed position survives out-of-order commits and rolled-back transactions. */
class FeedCursorTests {

	private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void moves_over_entries_applied_in_order() {
		FeedCursor cursor = new FeedCursor(0, Duration.ofSeconds(60));
		assertThat(cursor.applied(List.of(1L, 2L, 3L), now)).isTrue();
		assertThat(cursor.watermark()).isEqualTo(3);
		assertThat(cursor.isNew(3)).isFalse();
		assertThat(cursor.isNew(4)).isTrue();
	}

	@Test
	void waits_at_a_hole_that_may_still_commit() {
		FeedCursor cursor = new FeedCursor(0, Duration.ofSeconds(60));
		cursor.applied(List.of(1L, 3L, 4L), now);
		assertThat(cursor.watermark()).isEqualTo(1);
		assertThat(cursor.isNew(3)).isFalse();
		assertThat(cursor.readFrom()).isEqualTo(4);
		assertThat(cursor.holes(10)).containsExactly(2L);
		cursor.applied(List.of(2L), now.plusSeconds(1));
		assertThat(cursor.watermark()).isEqualTo(4);
		assertThat(cursor.holes(10)).isEmpty();
	}

	@Test
	void gives_up_on_a_hole_after_its_patience_runs_out() {
		FeedCursor cursor = new FeedCursor(10, Duration.ofSeconds(60));
		cursor.applied(List.of(12L), now);
		assertThat(cursor.watermark()).isEqualTo(10);
		cursor.applied(List.of(), now.plusSeconds(30));
		assertThat(cursor.watermark()).isEqualTo(10);
		cursor.applied(List.of(), now.plusSeconds(61));
		assertThat(cursor.watermark()).isEqualTo(12);
	}

	@Test
	void starts_again_after_a_rebuild() {
		FeedCursor cursor = new FeedCursor(0, Duration.ofSeconds(60));
		cursor.applied(List.of(5L), now);
		cursor.reset(20);
		assertThat(cursor.watermark()).isEqualTo(20);
		assertThat(cursor.isNew(5)).isFalse();
		assertThat(cursor.isNew(21)).isTrue();
	}

}

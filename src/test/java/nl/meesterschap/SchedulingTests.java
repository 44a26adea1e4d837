package nl.meesterschap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/** The cluster-wide job lock works on the database under test (H2, and PostgreSQL in CI). */
@IntegrationTest
class SchedulingTests {

	@Autowired
	LockProvider locks;

	@Test
	void a_job_lock_is_held_by_one_node_until_released() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(),
				Duration.ofMinutes(5), Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(job);
		assertThat(first).isPresent();
		assertThat(locks.lock(job)).as("a second node gets no lock while the first holds it").isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = locks.lock(job);
		assertThat(again).as("free again after release").isPresent();
		again.get().unlock();
	}

}

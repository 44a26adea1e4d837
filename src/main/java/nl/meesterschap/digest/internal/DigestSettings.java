package nl.meesterschap.digest.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Digest settings ({@code meesterschap.digest.*}); each has a default. {@code jobs}: the scheduled job that sends due
 * editions (the test suite turns it off and runs it itself). {@code defaultFrequency}: how often a member gets the
 * general digest until they choose. {@code sendTime}: when (Dutch time) an automatic edition goes out after its
 * period ended. {@code batchSize} readers are composed and queued per transaction; one run of the job works for at
 * most {@code runBudget}, then the next run continues. {@code candidateStories}: how many of the period's most active
 * stories an edition considers before filtering per reader.
 */
@ConfigurationProperties("meesterschap.digest")
public record DigestSettings(Boolean jobs, Frequency defaultFrequency, LocalTime sendTime, int batchSize,
		Duration runBudget, int candidateStories) {

	@SuppressWarnings("ConstantValue")
	public DigestSettings {
		jobs = jobs == null || jobs;
		defaultFrequency = defaultFrequency == null ? Frequency.MONTHLY : defaultFrequency;
		sendTime = sendTime == null ? LocalTime.of(7, 0) : sendTime;
		batchSize = batchSize <= 0 ? 200 : batchSize;
		runBudget = runBudget == null ? Duration.ofMinutes(4) : runBudget;
		candidateStories = candidateStories <= 0 ? 300 : candidateStories;
	}

	/** Defaults only (tests, benchmarks). */
	public static DigestSettings defaults() {
		return new DigestSettings(null, null, null, 0, null, 0);
	}

}

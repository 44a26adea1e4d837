package nl.meesterschap.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.PersonalDataScanner;
import nl.meesterschap.privacy.internal.DutchPersonalDataScanner;

/**
 * Single-thread throughput of the privacy scan on about 10 MB of Dutch case prose, next to a trivial baseline pass
 * (counting digits) over the same text. Run as described in docs/performance.md; no JMH, so read the numbers as
 * indicative.
 */
public final class PrivacyScanBenchmark {

	private static final int CORPUS_CHARS = 10_000_000;

	private static final int WARMUP_ROUNDS = 8;

	private static final int ROUNDS = 15;

	private PrivacyScanBenchmark() {
	}

	public static void main(String[] args) {
		PersonalDataScanner scanner = new DutchPersonalDataScanner();
		String corpus = DutchCaseCorpus.build(CORPUS_CHARS, 50, 42);
		double megabytes = corpus.getBytes(StandardCharsets.UTF_8).length / 1e6;
		System.out.printf("Corpus: %,d chars, %.2f MB UTF-8, 1 in 50 sentences with personal data%n", corpus.length(),
				megabytes);
		System.out.printf("Java %s, %d cores available%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());

		long sink = 0;
		for (int i = 0; i < WARMUP_ROUNDS; i++) {
			sink += scanner.scan(corpus).size() + countDigits(corpus);
		}
		double[] scan = new double[ROUNDS];
		double[] baseline = new double[ROUNDS];
		List<Finding> findings = List.of();
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			findings = scanner.scan(corpus);
			scan[i] = megabytes / seconds(start);
			start = System.nanoTime();
			sink += countDigits(corpus);
			baseline[i] = megabytes / seconds(start);
		}
		report("privacy scan", scan);
		report("baseline (count digits)", baseline);
		System.out.printf("Ratio scan/baseline (medians): %.3f (baseline is %.0fx faster)%n",
				median(scan) / median(baseline), median(baseline) / median(scan));
		System.out.println("Findings in corpus by type: " + countByType(findings));
		System.out.println("False alarms in clean sentences: " + falseAlarms(scanner));
		System.out.println("(ignore) " + sink);
	}

	private static int countDigits(String text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
		}
		return digits;
	}

	/** Each clean sentence, filled ten times over, must give no finding; returns the ones that do. */
	private static List<String> falseAlarms(PersonalDataScanner scanner) {
		Random random = new Random(7);
		return DutchCaseCorpus.CLEAN.stream()
			.flatMap(template -> IntStream.range(0, 10).mapToObj(i -> DutchCaseCorpus.fill(template, random)))
			.filter(sentence -> !scanner.scan(sentence).isEmpty())
			.map(sentence -> sentence + " -> " + scanner.scan(sentence).stream().map(Finding::text).toList())
			.distinct()
			.toList();
	}

	private static Map<String, Integer> countByType(List<Finding> findings) {
		Map<String, Integer> counts = new TreeMap<>();
		findings.forEach(finding -> counts.merge(finding.type().name(), 1, Integer::sum));
		return counts;
	}

	private static void report(String name, double[] rates) {
		System.out.printf("%-26s median %8.1f MB/s, best %8.1f MB/s, worst %8.1f MB/s over %d rounds%n", name,
				median(rates), Arrays.stream(rates).max().orElse(0), Arrays.stream(rates).min().orElse(0),
				rates.length);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}

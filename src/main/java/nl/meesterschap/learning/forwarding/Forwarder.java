package nl.meesterschap.learning.forwarding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.forwarding.ForwardingRepository.Queued;
import nl.meesterschap.learning.forwarding.ForwardingRepository.Target;
import nl.meesterschap.learning.statements.Attachment;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.Statements;
import nl.meesterschap.learning.statements.XapiVersion;
import nl.meesterschap.learning.xapi.MultipartMixed;

/**
 * Sends queued statements to each organisation's external LRS: POST {endpoint}/statements in batches of 100 (with
 * their attachments as multipart/mixed when the LRS holds their contents), once per cluster under ShedLock.
 * <ul>
 * <li>2xx: the batch is forwarded and leaves the queue.</li>
 * <li>No answer, 5xx, 401, 403, 404, 408, 429 or a redirect: the target is unreachable or misconfigured; the
 * organisation's whole queue waits, with exponential backoff (base, 2×, 4×, ... up to the maximum), and keeps its
 * order.</li>
 * <li>Any other 4xx (400, 409, 413, ...): the target refuses a statement for good. A batch is then sent again
 * statement by statement; each refused statement stays in the queue marked rejected, with the target's answer,
 * and the rest goes on.</li>
 * </ul>
 * Statement ids make delivery idempotent: should the node stop between the target's answer and the queue's update,
 * the next run sends the same statements again and an xAPI LRS accepts identical statements it already has.
 */
@Component
public class Forwarder {

	private static final Logger log = LoggerFactory.getLogger(Forwarder.class);

	private static final int BATCH = 100;

	/** Batches per organisation per run, so one busy organisation cannot hold up the others for long. */
	private static final int BATCHES_PER_RUN = 20;

	private static final Set<Integer> RETRY = Set.of(401, 403, 404, 408, 429);

	private final ForwardingRepository repository;

	private final Statements statements;

	private final Clock clock;

	private final boolean job;

	private final Duration backoff;

	private final Duration maxBackoff;

	private final HttpClient http;

	Forwarder(ForwardingRepository repository, Statements statements, Clock clock,
			@Value("${meesterschap.learning.forwarding.job:true}") boolean job,
			@Value("${meesterschap.learning.forwarding.backoff:PT30S}") Duration backoff,
			@Value("${meesterschap.learning.forwarding.max-backoff:PT1H}") Duration maxBackoff) {
		this.repository = repository;
		this.statements = statements;
		this.clock = clock;
		this.job = job;
		this.backoff = backoff;
		this.maxBackoff = maxBackoff;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${meesterschap.learning.forwarding.interval:PT15S}",
			initialDelayString = "${meesterschap.learning.forwarding.interval:PT15S}")
	@SchedulerLock(name = "learning-forwarding", lockAtMostFor = "PT10M")
	public void scheduled() {
		if (job) {
			int forwarded = forwardDue();
			if (forwarded > 0) {
				log.info("LRS forwarding: {} statement(s) forwarded", forwarded);
			}
		}
	}

	/** Forwards what is due for every organisation; returns how many statements the targets accepted. */
	public int forwardDue() {
		int forwarded = 0;
		for (Target target : repository.due(clock.instant())) {
			try {
				forwarded += forward(target);
			}
			catch (RuntimeException e) {
				log.warn("LRS forwarding for organisation {} failed", target.organisationId(), e);
				fail(target, "Error: " + e.getClass().getSimpleName());
			}
		}
		return forwarded;
	}

	private int forward(Target target) {
		int forwarded = 0;
		for (int round = 0; round < BATCHES_PER_RUN; round++) {
			List<Queued> batch = repository.pending(target.organisationId(), BATCH);
			if (batch.isEmpty()) {
				break;
			}
			Answer answer = send(target, batch);
			if (answer.accepted()) {
				repository.forwarded(target.organisationId(), batch.stream().map(Queued::seq).toList(), clock.instant());
				forwarded += batch.size();
				continue;
			}
			if (answer.retry()) {
				fail(target, answer.describe());
				return forwarded;
			}
			for (Queued statement : batch) {
				Answer single = batch.size() == 1 ? answer : send(target, List.of(statement));
				if (single.accepted()) {
					repository.forwarded(target.organisationId(), List.of(statement.seq()), clock.instant());
					forwarded++;
				}
				else if (single.retry()) {
					fail(target, single.describe());
					return forwarded;
				}
				else {
					repository.rejected(statement.seq(), single.describe(), clock.instant());
				}
			}
		}
		return forwarded;
	}

	private void fail(Target target, String error) {
		int attempts = target.attempts() + 1;
		Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
		if (wait.compareTo(maxBackoff) > 0) {
			wait = maxBackoff;
		}
		Instant next = clock.instant().plus(wait);
		repository.failed(target.organisationId(), attempts, next, error);
		log.info("LRS forwarding for organisation {}: {}; attempt {} failed, next at {}", target.organisationId(),
				error, attempts, next);
	}

	/** The target's answer: its status (0 when there was none) and the start of its body or the error. */
	record Answer(int status, String detail) {

		boolean accepted() {
			return status >= 200 && status < 300;
		}

		boolean retry() {
			return status == 0 || status >= 500 || (status >= 300 && status < 400) || RETRY.contains(status);
		}

		String describe() {
			return status == 0 ? detail : "HTTP " + status + (detail.isBlank() ? "" : ": " + detail);
		}

	}

	private Answer send(Target target, List<Queued> batch) {
		List<JsonNode> sent = new ArrayList<>();
		ArrayNode body = JsonNodeFactory.instance.arrayNode();
		for (Queued statement : batch) {
			JsonNode json = LrsJson.parse(statement.json());
			if (target.version() == XapiVersion.V1_0_3 && json instanceof ObjectNode object
					&& object.path("version").stringValue("").startsWith("2.")) {
				// a 1.0.3 LRS refuses any other version than 1.0.x; a statement that uses what only 2.0 has is
				// refused by it all the same (and set aside as rejected)
				object.put("version", "1.0.0");
			}
			sent.add(json);
			body.add(json);
		}
		List<Attachment> attachments = new ArrayList<>(statements.attachmentsOf(target.organisationId(), sent).values());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.endpoint() + "/statements"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((target.username() + ":" + target.password()).getBytes(StandardCharsets.UTF_8)))
			.header("X-Experience-API-Version", target.version().header());
		if (attachments.isEmpty()) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(LrsJson.bytes(body)));
		}
		else {
			String boundary = MultipartMixed.newBoundary();
			request.header("Content-Type", "multipart/mixed; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(MultipartMixed.write(boundary, LrsJson.bytes(body), attachments)));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String detail = response.body() == null ? "" : response.body().strip();
			return new Answer(response.statusCode(), detail.length() > 300 ? detail.substring(0, 300) + "..." : detail);
		}
		catch (IOException e) {
			return new Answer(0, "No answer from " + target.endpoint() + ": " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Answer(0, "Interrupted");
		}
	}

}

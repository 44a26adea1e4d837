package nl.meesterschap.circles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The standard methods (incident, Balint, gossip, five-step, ten-step, dilemma) from
 * {@code circles/methods.json}, put into the method tables on start when they are not there yet. Product content,
 * not demo data: it runs in every installation.
 */
@Component("circlesMethodCatalogue")
@Order(1)
class MethodCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MethodCatalogue.class);

	private final MethodRepository methods;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MethodCatalogue(MethodRepository methods, JsonMapper json, TransactionTemplate transactions, Clock clock) {
		this.methods = methods;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int added = 0;
		for (Method method : standardMethods()) {
			try {
				Boolean inserted = transactions.execute(status -> {
					if (methods.standardExists(method.code())) {
						return false;
					}
					methods.insert(method, null, clock.instant());
					return true;
				});
				added += Boolean.TRUE.equals(inserted) ? 1 : 0;
			}
			catch (DuplicateKeyException anotherNodeWasFaster) {
				// the ids are the same everywhere, so another node starting at the same time added it already
			}
		}
		if (added > 0) {
			log.info("Learning circles: {} standard methods added", added);
		}
	}

	/** The methods as the JSON file describes them. */
	List<Method> standardMethods() throws IOException {
		try (InputStream in = new ClassPathResource("circles/methods.json").getInputStream()) {
			return json.readValue(in, File.class).methods().stream().map(MethodJson::method).toList();
		}
	}

	record File(List<MethodJson> methods) {
	}

	record MethodJson(String code, Method.Kind kind, Map<String, String> name, Map<String, String> description,
			@Nullable String source, int minParticipants, int maxParticipants, List<StepJson> steps) {

		Method method() {
			List<Method.Step> numbered = new ArrayList<>();
			for (StepJson s : steps) {
				numbered.add(new Method.Step(numbered.size() + 1, s.title(), s.instruction(), s.actor(), s.minutes(),
						s.caseBringerPresent(), s.written(), s.part()));
			}
			// a stable id per standard method, the same in every installation
			UUID id = UUID.nameUUIDFromBytes(("meesterschap-method:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return new Method(id, code, null, kind, name, description, source, minParticipants, maxParticipants, numbered);
		}

	}

	record StepJson(Map<String, String> title, Map<String, String> instruction, Method.Actor actor, int minutes,
			boolean caseBringerPresent, boolean written, Method.@Nullable Part part) {
	}

}

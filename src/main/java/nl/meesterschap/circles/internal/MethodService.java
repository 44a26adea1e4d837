package nl.meesterschap.circles.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The methods a circle can use: the standard ones, plus those its owner organisation added. Team leads and
 * administrators add methods for their own organisation.
 */
@Service("circlesMethodService")
@Transactional
public class MethodService {

	static final int MAX_STEPS = 20;

	private final MethodRepository methods;

	private final People people;

	private final Clock clock;

	MethodService(MethodRepository methods, People people, Clock clock) {
		this.methods = methods;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Method> availableTo(Circle circle) {
		return methods.available(circle.ownerOrganisationId());
	}

	/** The methods a person sees in the overview: standard ones and their organisation's. */
	@Transactional(readOnly = true)
	public List<Method> forOrganisationOf(UUID personId) {
		return methods.available(people.viewer(personId).organisationId());
	}

	@Transactional(readOnly = true)
	public Optional<Method> byCode(Circle circle, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String wanted = code.strip().toUpperCase(Locale.ROOT);
		return availableTo(circle).stream().filter(m -> m.code().equals(wanted)).findFirst();
	}

	@Transactional(readOnly = true)
	public Method get(UUID id) {
		return methods.find(id).orElseThrow(ItemNotFoundException::new);
	}

	/** A standard method, or one of the person's organisation; 404 for another organisation's. */
	@Transactional(readOnly = true)
	public Method visibleTo(UUID methodId, UUID personId) {
		Method method = get(methodId);
		if (!method.standard() && !method.organisationId().equals(people.viewer(personId).organisationId())) {
			throw new ItemNotFoundException();
		}
		return method;
	}

	public boolean mayAdd(UUID personId) {
		Viewer viewer = people.viewer(personId);
		return viewer.hasRole(Role.TEAM_LEAD) || viewer.hasRole(Role.ADMIN);
	}

	/** An organisation's own method, available to the circles it owns. */
	public Method add(UUID byId, MethodInput input) {
		if (!mayAdd(byId)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "method.add.forbidden");
		}
		UUID organisationId = people.viewer(byId).organisationId();
		Check check = new Check();
		String name = check.required("name", input.name(), 120);
		String description = check.required("description", input.description(), 2000);
		Method.Kind kind = check.choice("kind", Method.Kind.class, input.kind());
		if (input.minParticipants() < 2 || input.minParticipants() > 20) {
			check.add("minParticipants", "method.participants.range", 2, 20);
		}
		if (input.maxParticipants() < input.minParticipants() || input.maxParticipants() > 20) {
			check.add("maxParticipants", "method.participants.max", input.minParticipants(), 20);
		}
		List<Method.Step> steps = steps(input.steps(), check);
		check.throwIfAny();
		Method method = new Method(UUID.randomUUID(), code(organisationId, name), organisationId, kind,
				Map.of("nl", name, "en", name), Map.of("nl", description, "en", description), null,
				input.minParticipants(), input.maxParticipants(), steps);
		methods.insert(method, byId, clock.instant());
		return method;
	}

	private static List<Method.Step> steps(List<StepInput> input, Check check) {
		List<Method.Step> steps = new ArrayList<>();
		for (int i = 0; i < input.size(); i++) {
			StepInput s = input.get(i);
			if (s.isBlank()) {
				continue;
			}
			String field = "steps[" + i + "].";
			String title = check.required(field + "title", s.title(), 200);
			String instruction = check.required(field + "instruction", s.instruction(), 2000);
			Method.Actor actor = check.choice(field + "actor", Method.Actor.class, s.actor());
			if (s.minutes() < 1 || s.minutes() > 120) {
				check.add(field + "minutes", "method.step.minutes", 1, 120);
			}
			steps.add(new Method.Step(steps.size() + 1, Map.of("nl", title, "en", title),
					Map.of("nl", instruction, "en", instruction), actor == null ? Method.Actor.GROUP : actor,
					s.minutes(), s.caseBringerPresent(), s.written(), null));
		}
		if (steps.size() < 2 || steps.size() > MAX_STEPS) {
			check.add("steps", "method.steps.count", 2, MAX_STEPS);
		}
		return steps;
	}

	/** An upper-case code from the name ("Ons eigen model" → ONS_EIGEN_MODEL), unique for the organisation. */
	private String code(UUID organisationId, String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String base = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		base = base.isEmpty() ? "METHOD" : base.substring(0, Math.min(base.length(), 34));
		String code = base;
		for (int n = 2; methods.codeTaken(organisationId, code); n++) {
			code = base + "_" + n;
		}
		return code;
	}

	public record MethodInput(@Nullable String name, @Nullable String description, @Nullable String kind,
			int minParticipants, int maxParticipants, List<StepInput> steps) {
	}

	/** One step as typed; a row left empty is skipped. */
	public record StepInput(@Nullable String title, @Nullable String instruction, @Nullable String actor, int minutes,
			boolean caseBringerPresent, boolean written) {

		boolean isBlank() {
			return (title == null || title.isBlank()) && (instruction == null || instruction.isBlank());
		}

	}

}

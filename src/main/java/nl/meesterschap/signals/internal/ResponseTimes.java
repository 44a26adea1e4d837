package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;

/**
 * How quickly each organisation answers, in working days (the same calendar as the overdue rule): the median
 * time from a signal to its first response, and to its decision, over the signals the reader may see that got
 * their first response (or decision) in the period.
 */
@Component
public class ResponseTimes {

	private final Deadlines deadlines;

	private final People people;

	ResponseTimes(Deadlines deadlines, People people) {
		this.deadlines = deadlines;
		this.people = people;
	}

	public List<Row> of(List<Signal> visible, Instant since) {
		Map<UUID, List<Integer>> firsts = new LinkedHashMap<>();
		Map<UUID, List<Integer>> decisions = new LinkedHashMap<>();
		for (Signal signal : visible) {
			if (signal.firstResponseAt() != null && !signal.firstResponseAt().isBefore(since)) {
				firsts.computeIfAbsent(signal.answeringOrganisationId(), k -> new ArrayList<>())
					.add(deadlines.workingDaysBetween(signal.raisedAt(), signal.firstResponseAt()));
			}
			if (signal.decidedAt() != null && !signal.decidedAt().isBefore(since)) {
				decisions.computeIfAbsent(signal.answeringOrganisationId(), k -> new ArrayList<>())
					.add(deadlines.workingDaysBetween(signal.raisedAt(), signal.decidedAt()));
			}
		}
		List<UUID> organisations = new ArrayList<>(firsts.keySet());
		decisions.keySet().stream().filter(id -> !organisations.contains(id)).forEach(organisations::add);
		return organisations.stream()
			.map(id -> new Row(people.organisation(id).map(OrganisationSummary::name).orElse(""),
					firsts.getOrDefault(id, List.of()).size(), median(firsts.get(id)),
					decisions.getOrDefault(id, List.of()).size(), median(decisions.get(id))))
			.sorted(Comparator.comparing(Row::organisation))
			.toList();
	}

	/** The middle value (the mean of the two middle values for an even count); null for none. */
	static @Nullable Double median(@Nullable List<Integer> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/** One organisation: how many first responses and decisions, and their medians in working days. */
	public record Row(String organisation, int responses, @Nullable Double medianToFirstResponse, int decisions,
			@Nullable Double medianToDecision) {
	}

}

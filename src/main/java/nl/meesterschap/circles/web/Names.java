package nl.meesterschap.circles.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;

/** Display names for the people a page shows, in one look-up. */
@Component("circlesNames")
class Names {

	private final People people;

	Names(People people) {
		this.people = people;
	}

	Map<UUID, String> of(Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		people.people(ids.stream().filter(Objects::nonNull).toList())
			.forEach((id, person) -> names.put(id, person.displayName()));
		return names;
	}

	Map<UUID, PersonSummary> people(Collection<UUID> ids) {
		return people.people(ids.stream().filter(Objects::nonNull).toList());
	}

}

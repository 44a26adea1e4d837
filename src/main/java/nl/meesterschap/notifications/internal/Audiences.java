package nl.meesterschap.notifications.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;

/** Whether a person may see an item, by its audience key (ADR 0005); people who left are never notified. */
@Component
class Audiences {

	private final People people;

	Audiences(People people) {
		this.people = people;
	}

	boolean maySee(UUID personId, String audienceKey) {
		return people.person(personId).isPresent() && people.viewer(personId).audienceKeys().contains(audienceKey);
	}

}

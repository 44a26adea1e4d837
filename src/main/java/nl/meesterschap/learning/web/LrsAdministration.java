package nl.meesterschap.learning.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.web.ItemNotFoundException;

/** Who may manage an organisation's LRS credentials: its administrators. Others get 404, never 403. */
@Component
class LrsAdministration {

	private final People people;

	LrsAdministration(People people) {
		this.people = people;
	}

	OrganisationSummary administered(UUID personId, String slug) {
		return people.organisationBySlug(slug)
			.filter(organisation -> administers(personId, organisation.id()))
			.orElseThrow(ItemNotFoundException::new);
	}

	boolean administers(UUID personId, UUID organisationId) {
		return people.viewer(personId).hasRole(organisationId, Role.ADMIN);
	}

}

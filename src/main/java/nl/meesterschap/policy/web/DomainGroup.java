package nl.meesterschap.policy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Principle;

/** Principles of one domain, for pages that list a koers: cross-domain first, then Jeugd, Wmo, Participatie. */
record DomainGroup(@Nullable Domain domain, List<Principle> principles) {

	/** The message key of the domain's name. */
	public String labelKey() {
		return domain == null ? "koers.domain.none" : "koers.domain." + domain.name();
	}

	/** Only domains that have principles, each in the koers's own order. */
	static List<DomainGroup> of(List<Principle> principles) {
		List<DomainGroup> groups = new ArrayList<>();
		Stream.concat(Stream.of((Domain) null), Arrays.stream(Domain.values())).forEach(domain -> {
			List<Principle> inDomain = principles.stream().filter(p -> Objects.equals(p.domain(), domain)).toList();
			if (!inDomain.isEmpty()) {
				groups.add(new DomainGroup(domain, inDomain));
			}
		});
		return groups;
	}

}

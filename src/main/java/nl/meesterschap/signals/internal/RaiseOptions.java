package nl.meesterschap.signals.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.CircleMemberships.CircleRef;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.practice.StorySummary;

/**
 * What someone can choose from when raising a signal: the koers it is about (none: nobody could answer), where it
 * may go (their organisation or one of their networks), the circles they may raise it for, and their own stories.
 */
public record RaiseOptions(@Nullable KoersVersion koers, OrganisationSummary organisation,
		List<NetworkSummary> networks, Audience defaultAudience, List<CircleRef> circles,
		List<StorySummary> ownStories) {

	public RaiseOptions {
		networks = List.copyOf(networks);
		circles = List.copyOf(circles);
		ownStories = List.copyOf(ownStories);
	}

}

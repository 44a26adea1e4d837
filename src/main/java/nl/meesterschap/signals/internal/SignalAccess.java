package nl.meesterschap.signals.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;

/**
 * Who may see a signal, answer it and know who raised it. A signal reaches its audience (the access policy); the
 * policy advisors and team leads of the answering organisation also see it, since they must answer it; moderators
 * see what they moderate. A hidden signal stays visible to its raiser and moderators only.
 */
@Component
public class SignalAccess {

	public boolean maySee(Viewer viewer, Signal signal) {
		if (moderates(viewer, signal)) {
			return true;
		}
		if (signal.hidden()) {
			return viewer.personId().equals(signal.raiserId());
		}
		return AccessPolicy.maySee(viewer, signal) || triages(viewer, signal);
	}

	/** A policy advisor or team lead of the organisation that must answer. */
	public boolean triages(Viewer viewer, Signal signal) {
		return triages(viewer, signal.answeringOrganisationId());
	}

	public boolean triages(Viewer viewer, UUID organisationId) {
		return viewer.hasRole(organisationId, Role.POLICY_ADVISOR) || viewer.hasRole(organisationId, Role.TEAM_LEAD);
	}

	/** A moderator (or privacy officer) of the answering organisation or of the raiser's organisation. */
	public boolean moderates(Viewer viewer, Signal signal) {
		return moderates(viewer, signal.answeringOrganisationId()) || moderates(viewer, signal.raiserOrganisationId());
	}

	private static boolean moderates(Viewer viewer, UUID organisationId) {
		return viewer.hasRole(organisationId, Role.MODERATOR) || viewer.hasRole(organisationId, Role.PRIVACY_OFFICER);
	}

	/**
	 * Whether the reader may know who raised the signal: always unless it is anonymous; then only the raiser, the
	 * answering organisation's policy side and moderators (for follow-up).
	 */
	public boolean knowsRaiser(Viewer viewer, Signal signal) {
		return !signal.anonymous() || viewer.personId().equals(signal.raiserId()) || triages(viewer, signal)
				|| moderates(viewer, signal);
	}

	/** What list queries need to apply the same rule in SQL. */
	public Reader reader(Viewer viewer) {
		Set<UUID> triaged = viewer.rolesByOrganisation().entrySet().stream()
			.filter(e -> e.getValue().contains(Role.POLICY_ADVISOR) || e.getValue().contains(Role.TEAM_LEAD))
			.map(java.util.Map.Entry::getKey)
			.collect(Collectors.toSet());
		return new Reader(viewer.personId(), viewer.audienceKeys(), triaged);
	}

	/** A reader for SQL: own signals, audience keys, and the organisations whose signals they answer. */
	public record Reader(UUID personId, Set<String> keys, Set<UUID> triagedOrganisations) {

		public Reader {
			keys = Set.copyOf(keys);
			triagedOrganisations = Set.copyOf(triagedOrganisations);
		}

	}

}

package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.ReflectionKind;

/**
 * A learning circle: a small, fixed group (often from several organisations) that meets to learn from each other's
 * cases. Methods of the owner organisation are available to it; a network, when set, is where members come from.
 */
public record Circle(UUID id, String name, Kind kind, String description, UUID ownerOrganisationId,
		@Nullable UUID networkId, UUID createdBy, Instant createdAt) {

	/** Intervision group, moral case deliberation group, or a community of practice on a theme. */
	public enum Kind {

		INTERVISION, MORAL_DELIBERATION, COMMUNITY_OF_PRACTICE;

		/** What a session of such a circle counts as, unless the facilitator says otherwise. */
		public ReflectionKind reflectionKind() {
			return switch (this) {
				case INTERVISION -> ReflectionKind.INTERVISION;
				case MORAL_DELIBERATION -> ReflectionKind.MORAL_CASE_DELIBERATION;
				case COMMUNITY_OF_PRACTICE -> ReflectionKind.COLLEGIAL_CONSULTATION;
			};
		}

	}

}

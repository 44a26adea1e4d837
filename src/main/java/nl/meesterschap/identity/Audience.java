package nl.meesterschap.identity;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who an item is shared with: a kind plus, for CIRCLE, TEAM, ORGANISATION and NETWORK, the id of that circle,
 * team, organisation or network. PRIVATE items are visible to their owner only; PLATFORM items to every signed-in
 * person.
 *
 * <p>{@link #key(UUID)} turns an audience into one string, and {@link Viewer#audienceKeys()} lists the keys a
 * person may see, so the same rule works in Java, in SQL ({@code audience_key IN (...)}) and in the search index.
 */
public record Audience(AudienceKind kind, @Nullable UUID scopeId) {

	public Audience {
		Objects.requireNonNull(kind, "kind");
		boolean scoped = kind == AudienceKind.CIRCLE || kind == AudienceKind.TEAM || kind == AudienceKind.ORGANISATION
				|| kind == AudienceKind.NETWORK;
		if (scoped && scopeId == null) {
			throw new IllegalArgumentException(kind + " audience needs the id of its " + kind.name().toLowerCase());
		}
		if (!scoped && scopeId != null) {
			throw new IllegalArgumentException(kind + " audience takes no scope id");
		}
	}

	public static Audience privateToOwner() {
		return new Audience(AudienceKind.PRIVATE, null);
	}

	/** Only the members of one learning circle. */
	public static Audience circle(UUID circleId) {
		return new Audience(AudienceKind.CIRCLE, circleId);
	}

	public static Audience team(UUID teamId) {
		return new Audience(AudienceKind.TEAM, teamId);
	}

	public static Audience organisation(UUID organisationId) {
		return new Audience(AudienceKind.ORGANISATION, organisationId);
	}

	public static Audience network(UUID networkId) {
		return new Audience(AudienceKind.NETWORK, networkId);
	}

	public static Audience platform() {
		return new Audience(AudienceKind.PLATFORM, null);
	}

	/** The access key of an item with this audience, owned by {@code ownerId}. */
	public String key(UUID ownerId) {
		return switch (kind) {
			case PRIVATE -> privateKey(ownerId);
			case PLATFORM -> "PLATFORM";
			default -> kind.name() + ":" + scopeId;
		};
	}

	static String privateKey(UUID personId) {
		return "PRIVATE:" + personId;
	}

	/** True when this audience reaches at least everyone the other audience reaches (a widening check). */
	public boolean isWiderThan(Audience other) {
		return kind.ordinal() > other.kind.ordinal();
	}

}

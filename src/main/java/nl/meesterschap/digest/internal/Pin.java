package nl.meesterschap.digest.internal;

import java.util.Locale;
import java.util.UUID;

/** An item an editor pinned to an edition. */
public record Pin(Kind kind, UUID id) {

	/** What can be pinned. */
	public enum Kind {

		STORY, SIGNAL, SESSION;

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}

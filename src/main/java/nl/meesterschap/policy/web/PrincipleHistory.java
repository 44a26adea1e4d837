package nl.meesterschap.policy.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Principle;

/**
 * Since which version a principle reads as it does now: {@code since} is that version, {@code previous} the
 * version before it (null when the principle is unchanged since the first version), and {@code added} tells
 * whether it was new then rather than reworded.
 */
record PrincipleHistory(int since, @Nullable Integer previous, boolean added) {

	/** {@code versions} newest first, the first holding the principle with this code. */
	static PrincipleHistory of(List<KoersVersion> versions, String code) {
		Principle now = versions.get(0).principle(code).orElseThrow();
		int index = 0;
		while (index + 1 < versions.size() && versions.get(index + 1).principle(code).equals(Optional.of(now))) {
			index++;
		}
		if (index + 1 == versions.size()) {
			return new PrincipleHistory(versions.get(index).version(), null, false);
		}
		KoersVersion before = versions.get(index + 1);
		return new PrincipleHistory(versions.get(index).version(), before.version(), before.principle(code).isEmpty());
	}

}

package nl.meesterschap.identity.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL parts from names: "Wijkteam Noord" becomes "wijkteam-noord". */
final class Slugs {

	private Slugs() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "item" : slug;
	}

}

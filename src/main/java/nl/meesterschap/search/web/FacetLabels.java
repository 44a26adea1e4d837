package nl.meesterschap.search.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.search.ItemType;

/** Readable names for facet values: "Verhalen", "Wmo", "P2 · Zo licht als mogelijk", "Gemeente Lindewaarde". */
@Component
class FacetLabels {

	private final MessageSource messages;

	private final People people;

	private final Koersen koersen;

	private final ShortMemory<Map<String, String>> principleNames = new ShortMemory<>();

	private final ShortMemory<Map<String, String>> organisations = new ShortMemory<>();

	FacetLabels(MessageSource messages, People people, Koersen koersen) {
		this.messages = messages;
		this.people = people;
		this.koersen = koersen;
	}

	/** Labels for one viewer (their koers names the principles). */
	Labeller forViewer(Viewer viewer, Locale locale) {
		Map<String, String> principles = principleNames.get(viewer.organisationId() + "|" + viewer.networkIds(),
				() -> koersen.applicableTo(viewer).map(KoersVersion::principles)
					.map(list -> list.stream()
						.collect(Collectors.toMap(Principle::code, p -> p.code() + " · " + p.title(), (a, b) -> a)))
					.orElse(Map.of()));
		return (facet, value) -> switch (facet) {
			case "type" -> ItemType.ofCode(value).map(t -> messages.getMessage("search.types." + t.name(), null, locale))
				.orElse(value);
			case "domain" -> messages.getMessage("search.domain." + value, null, value, locale);
			case "principle" -> principles.getOrDefault(value, value);
			case "organisation" -> organisation(value);
			default -> value;
		};
	}

	private String organisation(String id) {
		return organisations.get("all", () -> people.organisations().stream()
			.collect(Collectors.toMap(o -> o.id().toString(), OrganisationSummary::name, (a, b) -> a))).getOrDefault(id, id);
	}

	/**
	 * A minute's memory of slowly changing names (organisations, a koers's principles), so a search does not ask
	 * the database for them every time.
	 */
	static final class ShortMemory<V> {

		private final Map<String, Entry<V>> entries = new java.util.concurrent.ConcurrentHashMap<>();

		V get(String key, java.util.function.Supplier<V> load) {
			long now = System.nanoTime();
			Entry<V> entry = entries.get(key);
			if (entry == null || now - entry.at() > java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) {
				if (entries.size() > 1000) {
					entries.clear();
				}
				entry = new Entry<>(load.get(), now);
				entries.put(key, entry);
			}
			return entry.value();
		}

		private record Entry<V>(V value, long at) {
		}

	}

	/** Names a facet value. */
	interface Labeller {

		String label(String facet, String value);

	}

}

package nl.meesterschap.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.search.ItemType;

/**
 * One searchable item, whatever its module: a story, a response or a principle. {@code key} is unique in the
 * index; {@code group} names items replaced together (all principles of one koers); {@code audienceKey} and
 * {@code ownerId} decide who finds it (see {@link nl.meesterschap.identity.AccessPolicy}).
 */
record IndexedItem(ItemType type, String id, String key, @Nullable String group, String title, String body,
		List<String> tags, List<String> principleCodes, List<String> principleTexts, List<Domain> domains,
		@Nullable UUID ownerId, String audienceKey, @Nullable UUID organisationId, @Nullable String author,
		Instant date, String url) {

	IndexedItem {
		tags = List.copyOf(tags);
		principleCodes = List.copyOf(principleCodes);
		principleTexts = List.copyOf(principleTexts);
		domains = List.copyOf(domains);
	}

	static String key(ItemType type, String id) {
		return type.code() + ":" + id;
	}

}

package nl.meesterschap.search.internal;

import java.util.List;

/** Field names of the index (see {@link ItemDocuments}). */
final class Fields {

	static final String KEY = "key";

	static final String GROUP = "group";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String AUDIENCE = "audience";

	static final String OWNER = "owner";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String TAGS = "tags";

	static final String PRINCIPLES = "principles";

	/** Words as written (folded, not stemmed) of title, body and tags: spelling suggestions. */
	static final String PLAIN = "plain";

	/** Words of the title as written: search-as-you-type. */
	static final String TITLE_PLAIN = "title_plain";

	/** Stored only: the title of what a response answers, shown as the response's title (Lucene keeps one field type per name). */
	static final String SUBJECT_TITLE = "subject_title";

	static final String DOMAIN = "domain";

	static final String PRINCIPLE = "principle";

	static final String ORGANISATION = "organisation";

	static final String YEAR = "year";

	static final String DATE = "date";

	static final String AUTHOR = "author";

	static final String URL = "url";

	/** Text fields a query searches, with their weight. */
	static final List<Weighted> SEARCHED = List.of(new Weighted(TITLE, 3f), new Weighted(TAGS, 2f),
			new Weighted(PRINCIPLES, 1.5f), new Weighted(BODY, 1f));

	/** The facets, by their name in results and in the API. */
	static final List<String> FACETS = List.of(TYPE, DOMAIN, PRINCIPLE, ORGANISATION, YEAR);

	private Fields() {
	}

	/** A searched field and its boost. */
	record Weighted(String name, float boost) {
	}

	/** The doc-values field holding a facet's values. */
	static String facet(String name) {
		return "f_" + name;
	}

}

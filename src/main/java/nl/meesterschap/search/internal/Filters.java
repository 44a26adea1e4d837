package nl.meesterschap.search.internal;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.search.SearchRequest;

/** The filters every search carries: what the viewer may see, and the chosen facet values. */
final class Filters {

	private Filters() {
	}

	/**
	 * The access policy as a query: an audience key the viewer holds ({@link Viewer#audienceKeys()}, the same rule as
	 * pages and SQL), or the viewer's own item.
	 */
	static Query visibleTo(Viewer viewer) {
		List<BytesRef> keys = viewer.audienceKeys().stream().map(BytesRef::new).toList();
		return new BooleanQuery.Builder().add(new TermInSetQuery(Fields.AUDIENCE, keys), Occur.SHOULD)
			.add(new TermQuery(new Term(Fields.OWNER, viewer.personId().toString())), Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
	}

	/** The text query (may be null: everything) restricted to what the viewer may see and the chosen values. */
	static Query restrict(Query text, SearchRequest request, Viewer viewer) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST)
			.add(visibleTo(viewer), Occur.FILTER);
		if (request.type() != null) {
			query.add(term(Fields.TYPE, request.type().code()), Occur.FILTER);
		}
		if (request.domain() != null) {
			query.add(term(Fields.DOMAIN, request.domain().name()), Occur.FILTER);
		}
		if (request.principle() != null) {
			query.add(term(Fields.PRINCIPLE, request.principle()), Occur.FILTER);
		}
		if (request.organisation() != null) {
			query.add(term(Fields.ORGANISATION, request.organisation().toString()), Occur.FILTER);
		}
		if (request.year() != null) {
			query.add(term(Fields.YEAR, request.year().toString()), Occur.FILTER);
		}
		return query.build();
	}

	static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

}

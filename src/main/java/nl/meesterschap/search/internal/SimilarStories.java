package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.search.SearchResults.Hit;

/**
 * More like this: the most telling words of a story (title, steps, tags; frequent in it, rare elsewhere) as a
 * query for other published stories the reader may see.
 */
final class SimilarStories {

	private final DutchAnalysis analysis;

	SimilarStories(DutchAnalysis analysis) {
		this.analysis = analysis;
	}

	List<Hit> find(IndexSearcher searcher, UUID storyId, Viewer viewer, int max) {
		String key = IndexedItem.key(ItemType.STORY, storyId.toString());
		try {
			TopDocs self = searcher.search(new TermQuery(new Term(Fields.KEY, key)), 1);
			if (self.scoreDocs.length == 0) {
				return List.of();
			}
			MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
			mlt.setAnalyzer(analysis.index());
			mlt.setFieldNames(new String[] { Fields.TITLE, Fields.BODY, Fields.TAGS });
			mlt.setMinTermFreq(1);
			mlt.setMinDocFreq(2);
			mlt.setMaxQueryTerms(25);
			mlt.setBoost(true);
			Query like = mlt.like(self.scoreDocs[0].doc);
			Query query = new BooleanQuery.Builder().add(like, Occur.MUST)
				.add(Filters.visibleTo(viewer), Occur.FILTER)
				.add(Filters.term(Fields.TYPE, ItemType.STORY.code()), Occur.FILTER)
				.add(new TermQuery(new Term(Fields.KEY, key)), Occur.MUST_NOT)
				.build();
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(query, max).scoreDocs) {
				hits.add(ItemDocuments.hit(searcher.storedFields().document(doc.doc), "", doc.score));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

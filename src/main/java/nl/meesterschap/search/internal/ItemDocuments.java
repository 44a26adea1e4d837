package nl.meesterschap.search.internal;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.web.DateFormatting;

/**
 * Turns an {@link IndexedItem} into a Lucene document and a stored document back into a result. Text fields are
 * analysed as Dutch (see {@link DutchAnalysis}); the body keeps offsets for fast highlighting; filters and facets
 * are exact strings with doc values.
 */
final class ItemDocuments {

	/** Stored, with positions and offsets in the postings so the highlighter need not re-analyse. */
	private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

	static {
		BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		BODY_TYPE.freeze();
	}

	private ItemDocuments() {
	}

	static Document document(IndexedItem item) {
		Document doc = new Document();
		doc.add(new StringField(Fields.KEY, item.key(), Field.Store.YES));
		if (item.group() != null) {
			doc.add(new StringField(Fields.GROUP, item.group(), Field.Store.NO));
		}
		doc.add(new StoredField(Fields.ID, item.id()));
		doc.add(new StringField(Fields.AUDIENCE, item.audienceKey(), Field.Store.NO));
		if (item.ownerId() != null) {
			doc.add(new StringField(Fields.OWNER, item.ownerId().toString(), Field.Store.NO));
		}
		// A response carries the title of what it answers, to show; it is found by its own words only, or every
		// response on a story with a matching title would crowd the results.
		boolean ownTitle = item.type() != ItemType.RESPONSE;
		if (ownTitle) {
			doc.add(new TextField(Fields.TITLE, item.title(), Field.Store.YES));
			doc.add(new TextField(Fields.TITLE_PLAIN, item.title(), Field.Store.NO));
			doc.add(new TextField(Fields.PLAIN, item.title(), Field.Store.NO));
		}
		else {
			doc.add(new StoredField(Fields.SUBJECT_TITLE, item.title()));
		}
		doc.add(new Field(Fields.BODY, item.body(), BODY_TYPE));
		doc.add(new TextField(Fields.PLAIN, item.body(), Field.Store.NO));
		for (String tag : item.tags()) {
			doc.add(new TextField(Fields.TAGS, tag, Field.Store.YES));
			doc.add(new TextField(Fields.PLAIN, tag, Field.Store.NO));
		}
		item.principleTexts().forEach(text -> doc.add(new TextField(Fields.PRINCIPLES, text, Field.Store.NO)));
		filter(doc, Fields.TYPE, item.type().code());
		item.domains().forEach(domain -> filter(doc, Fields.DOMAIN, domain.name()));
		item.principleCodes().stream().distinct().forEach(code -> filter(doc, Fields.PRINCIPLE, code));
		if (item.organisationId() != null) {
			filter(doc, Fields.ORGANISATION, item.organisationId().toString());
		}
		filter(doc, Fields.YEAR, Integer.toString(item.date().atZone(DateFormatting.ZONE).getYear()));
		doc.add(new NumericDocValuesField(Fields.DATE, item.date().toEpochMilli()));
		doc.add(new StoredField(Fields.DATE, item.date().toEpochMilli()));
		if (item.author() != null) {
			doc.add(new StoredField(Fields.AUTHOR, item.author()));
		}
		doc.add(new StoredField(Fields.URL, item.url()));
		return doc;
	}

	/** A result from a stored document; the snippet and score come from the search. */
	static Hit hit(Document doc, String snippet, Float score) {
		ItemType type = ItemType.ofCode(doc.get(Fields.TYPE)).orElse(ItemType.STORY);
		List<Domain> domains = java.util.Arrays.stream(doc.getValues(Fields.DOMAIN)).map(Domain::valueOf).toList();
		IndexableField date = doc.getField(Fields.DATE);
		return new Hit(type, doc.get(Fields.ID),
				doc.get(Fields.TITLE) != null ? doc.get(Fields.TITLE) : doc.get(Fields.SUBJECT_TITLE), snippet, score, doc.get(Fields.URL),
				Instant.ofEpochMilli(date.numericValue().longValue()), doc.get(Fields.AUTHOR), domains);
	}

	/** An exact value to filter on (indexed), to count (doc values) and to show (stored). */
	private static void filter(Document doc, String name, String value) {
		doc.add(new StringField(name, value, Field.Store.YES));
		doc.add(new SortedSetDocValuesField(Fields.facet(name), new BytesRef(value)));
	}

}

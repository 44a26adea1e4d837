package nl.meesterschap.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import nl.meesterschap.search.SearchResults.FacetValue;

/**
 * Counts, over every matching document, the values of each facet (type, domain, principle, organisation, year),
 * from doc values: per segment into arrays by ordinal, then by value. Runs in the same pass as the top hits, and
 * since the query already carries the visibility filter, an item the person may not see is never counted.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, List<FacetValue>>> {

	@Override
	public Counts newCollector() {
		return new Counts();
	}

	@Override
	public Map<String, List<FacetValue>> reduce(Collection<Counts> collectors) throws IOException {
		Map<String, Map<String, Long>> merged = new HashMap<>();
		for (Counts c : collectors) {
			c.flush();
		}
		collectors.forEach(c -> c.byValue.forEach((facet, values) -> values
			.forEach((value, count) -> merged.computeIfAbsent(facet, k -> new HashMap<>()).merge(value, count, Long::sum))));
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String facet : Fields.FACETS) {
			List<FacetValue> values = new ArrayList<>();
			merged.getOrDefault(facet, Map.of()).forEach((value, count) -> values.add(new FacetValue(value, count)));
			values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
			facets.put(facet, values);
		}
		return facets;
	}

	/** One collector: counts per segment, then adds them up by value when the segment is done. */
	static final class Counts extends SimpleCollector {

		private final Map<String, Map<String, Long>> byValue = new HashMap<>();

		private final SortedSetDocValues[] values = new SortedSetDocValues[Fields.FACETS.size()];

		private final int[][] counts = new int[Fields.FACETS.size()][];

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			flush();
			for (int i = 0; i < values.length; i++) {
				values[i] = DocValues.getSortedSet(context.reader(), Fields.facet(Fields.FACETS.get(i)));
				counts[i] = new int[(int) values[i].getValueCount()];
			}
		}

		@Override
		public void collect(int doc) throws IOException {
			for (int i = 0; i < values.length; i++) {
				SortedSetDocValues dv = values[i];
				if (dv.advanceExact(doc)) {
					for (int n = dv.docValueCount(); n > 0; n--) {
						counts[i][(int) dv.nextOrd()]++;
					}
				}
			}
		}

		@Override
		public void finish() throws IOException {
			flush();
		}

		private void flush() throws IOException {
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					continue;
				}
				Map<String, Long> facet = byValue.computeIfAbsent(Fields.FACETS.get(i), k -> new HashMap<>());
				for (int ord = 0; ord < counts[i].length; ord++) {
					if (counts[i][ord] > 0) {
						facet.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
					}
				}
				values[i] = null;
				counts[i] = null;
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}

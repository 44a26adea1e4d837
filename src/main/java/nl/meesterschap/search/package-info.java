/**
 * Search: every node keeps its own Lucene index of stories, responses, koers principles, signals and the summaries
 * learning circles share, as a projection of the database, kept true by the search feed, and answers Dutch queries
 * (inflections, compounds, synonyms, typos) with only what the person may see.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.search;

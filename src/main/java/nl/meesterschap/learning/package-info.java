/**
 * Learning records: the embedded xAPI Learning Record Store at {@code /xapi} (xAPI 1.0.3 and 2.0, one store per
 * organisation) and {@link nl.meesterschap.learning.LearningRecords}, through which other modules record statements.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.learning;

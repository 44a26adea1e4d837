/**
 * The koers: each organisation's published policy course (vision and principles) in numbered versions, edited as a
 * draft by its policy advisors and team leads, and read by everyone who works "in the spirit of" it.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.policy;

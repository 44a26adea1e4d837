/**
 * Signals from practice to policy: a professional (or a learning circle) raises what pinches, what is missing or
 * what works, colleagues recognise it, and the policy side of the organisation whose koers it concerns answers in
 * public, within a set number of working days, until the koers shows what changed.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.signals;

/**
 * Learning circles: small groups that meet to learn from each other's cases with a proven method (intervision,
 * moral case deliberation), guided step by step, with confidential notes, follow-up of agreed actions and the
 * attendance that counts for re-registration.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.circles;

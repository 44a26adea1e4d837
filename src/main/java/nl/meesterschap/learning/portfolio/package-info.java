/**
 * The professional's own portfolio: learning goals linked to competencies, self-assessment over time, evidence
 * from the platform, and registration hours against the norms of their register (SKJ, Registerplein), with exports
 * for re-registration. Only the professional reads it; everyone else gets 404.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.learning.portfolio;

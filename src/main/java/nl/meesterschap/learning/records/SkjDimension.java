package nl.meesterschap.learning.records;

/**
 * The three dimensions on which SKJ asks a professional to account for reflection: technical-instrumental (methods
 * and skills), normative (values, ethics, the professional code) and personal (oneself as a professional). In a
 * statement: {@code technical-instrumental}, {@code normative}, {@code personal}.
 */
enum SkjDimension {
	TECHNICAL_INSTRUMENTAL, NORMATIVE, PERSONAL
}

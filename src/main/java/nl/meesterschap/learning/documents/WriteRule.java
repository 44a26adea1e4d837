package nl.meesterschap.learning.documents;

/**
 * When a PUT must carry If-Match or If-None-Match (xAPI Communication 3.1). 1.0.3 demands them for profiles only,
 * and refuses a PUT without them with 409 when the document exists and 400 when it does not; 2.0 demands them for
 * every document resource, but only to replace an existing document.
 */
public enum WriteRule {

	/** 1.0.3 State: PUT replaces without preconditions. */
	NONE,
	/** 2.0: replacing an existing document without a precondition is 409. */
	EXISTING,
	/** 1.0.3 profiles: a PUT without a precondition is 409 (existing document) or 400 (new document). */
	ALWAYS

}

package nl.meesterschap.learning.portfolio;

/** The kinds of registration hours registers ask for. */
public enum Category {

	/** Intervision, supervision, moral case deliberation, collegial consultation. */
	REFLECTION,

	/** Training, a course, accredited professional development. */
	TRAINING,

	/** Everything else that counts: free space, informal learning, other professional development. */
	OTHER

}

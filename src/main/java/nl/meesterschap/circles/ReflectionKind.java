package nl.meesterschap.circles;

/** The kind of reflection a session was, as registers (SKJ, Registerplein) name it. */
public enum ReflectionKind {
	INTERVISION, MORAL_CASE_DELIBERATION, SUPERVISION, COLLEGIAL_CONSULTATION
}

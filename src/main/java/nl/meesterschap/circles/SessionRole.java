package nl.meesterschap.circles;

/** What someone did in a session: led it, brought the case, kept time, took notes or took part. */
public enum SessionRole {
	FACILITATOR, CASE_BRINGER, TIME_KEEPER, NOTE_TAKER, PARTICIPANT
}

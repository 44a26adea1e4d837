package nl.meesterschap.signals;

/** What a signal is about: a rule that pinches, a gap in the offer, a waiting list, ..., or a practice that works. */
public enum SignalKind {
	RULE_PINCHES, MISSING_OFFER, WAITING_LIST, PARTNER_COOPERATION, MORAL_DILEMMA, GOOD_EXAMPLE, OTHER
}

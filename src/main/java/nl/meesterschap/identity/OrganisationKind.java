package nl.meesterschap.identity;

/** A municipality sets the koers; partner organisations (welfare, youth care, ...) work alongside it. */
public enum OrganisationKind {
	MUNICIPALITY, PARTNER
}

package nl.meesterschap.policy;

/**
 * The three decentralised domains: youth care (Jeugdwet), social support (Wmo 2015) and work and income
 * (Participatiewet). A principle or story without a domain is cross-domain ("domeinoverstijgend").
 */
public enum Domain {
	JEUGD, WMO, PARTICIPATIE
}

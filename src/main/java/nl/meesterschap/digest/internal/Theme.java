package nl.meesterschap.digest.internal;

/**
 * What a digest is about: the whole organisation (everyone gets it unless they leave it), one domain of the
 * organisation, a network, or a learning circle (members only).
 */
public enum Theme {
	GENERAL, DOMAIN, NETWORK, CIRCLE
}

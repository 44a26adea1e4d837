package nl.meesterschap.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import nl.meesterschap.identity.AuthenticatedPerson;

/** An API call authenticated by a personal access token. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

	private final AuthenticatedPerson person;

	TokenAuthentication(AuthenticatedPerson person) {
		super(person.getAuthorities());
		this.person = person;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AuthenticatedPerson getPrincipal() {
		return person;
	}

}

package nl.meesterschap.learning.xapi;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.meesterschap.learning.credentials.LrsClient;

/** A request authenticated with an LRS credential; controllers take the {@link LrsClient} as principal. */
class LrsAuthentication extends AbstractAuthenticationToken {

	private final LrsClient client;

	LrsAuthentication(LrsClient client) {
		super(List.of(new SimpleGrantedAuthority("ROLE_LRS_CLIENT")));
		this.client = client;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public LrsClient getPrincipal() {
		return client;
	}

}

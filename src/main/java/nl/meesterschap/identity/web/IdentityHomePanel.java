package nl.meesterschap.identity.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.internal.Profiles;
import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/** On "Mijn overzicht": my organisation, teams and networks. */
@Component
class IdentityHomePanel implements HomePanel {

	private final Profiles profiles;

	IdentityHomePanel(Profiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public String template() {
		return "identity/home-panel";
	}

	@Override
	public int order() {
		return 900;
	}

	@Override
	public Optional<Object> data(ShellUser user) {
		return Optional.of(profiles.profile(user.personId()));
	}

}

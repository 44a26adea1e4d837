package nl.meesterschap.policy.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.People;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/** On "Mijn overzicht": the koers I work by, with its first principles. */
@Component
class KoersHomePanel implements HomePanel {

	private static final int SHOWN = 3;

	private final Koersen koersen;

	private final People people;

	KoersHomePanel(Koersen koersen, People people) {
		this.koersen = koersen;
		this.people = people;
	}

	@Override
	public String template() {
		return "policy/home-panel";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Optional<Object> data(ShellUser user) {
		return koersen.applicableTo(people.viewer(user.personId()))
			.map(koers -> new Panel(koers, koers.principles().stream().limit(SHOWN).toList()));
	}

	record Panel(KoersVersion koers, List<Principle> principles) {
	}

}

package nl.meesterschap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AccessPolicyTests {

	private final UUID gemeente = UUID.randomUUID();

	private final UUID partner = UUID.randomUUID();

	private final UUID noord = UUID.randomUUID();

	private final UUID zuid = UUID.randomUUID();

	private final UUID netwerk = UUID.randomUUID();

	private final Viewer author = viewer(gemeente, Set.of(noord), Set.of(netwerk));

	private final Viewer teamColleague = viewer(gemeente, Set.of(noord), Set.of());

	private final Viewer otherTeamColleague = viewer(gemeente, Set.of(zuid), Set.of());

	private final Viewer networkPartner = viewer(partner, Set.of(), Set.of(netwerk));

	private final Viewer stranger = viewer(partner, Set.of(), Set.of());

	@Test
	void a_private_item_is_seen_by_its_owner_only() {
		Audience audience = Audience.privateToOwner();
		assertThat(AccessPolicy.maySee(author, author.personId(), audience)).isTrue();
		assertThat(AccessPolicy.maySee(teamColleague, author.personId(), audience)).isFalse();
		assertThat(AccessPolicy.maySee(stranger, author.personId(), audience)).isFalse();
	}

	@Test
	void a_team_item_is_seen_by_the_team_and_nobody_else() {
		Audience audience = Audience.team(noord);
		assertThat(AccessPolicy.maySee(teamColleague, author.personId(), audience)).isTrue();
		assertThat(AccessPolicy.maySee(otherTeamColleague, author.personId(), audience)).isFalse();
		assertThat(AccessPolicy.maySee(networkPartner, author.personId(), audience)).isFalse();
	}

	@Test
	void an_organisation_item_is_seen_by_everyone_of_that_organisation() {
		Audience audience = Audience.organisation(gemeente);
		assertThat(AccessPolicy.maySee(otherTeamColleague, author.personId(), audience)).isTrue();
		assertThat(AccessPolicy.maySee(networkPartner, author.personId(), audience)).isFalse();
		assertThat(AccessPolicy.maySee(stranger, author.personId(), audience)).isFalse();
	}

	@Test
	void a_network_item_is_seen_by_network_members_across_organisations() {
		Audience audience = Audience.network(netwerk);
		assertThat(AccessPolicy.maySee(networkPartner, author.personId(), audience)).isTrue();
		assertThat(AccessPolicy.maySee(teamColleague, author.personId(), audience)).isFalse();
		assertThat(AccessPolicy.maySee(stranger, author.personId(), audience)).isFalse();
	}

	@Test
	void a_platform_item_is_seen_by_every_signed_in_person() {
		assertThat(AccessPolicy.maySee(stranger, author.personId(), Audience.platform())).isTrue();
	}

	@Test
	void the_owner_keeps_seeing_an_item_after_leaving_its_team() {
		Viewer leftTheTeam = new Viewer(author.personId(), gemeente, Set.of(zuid), Set.of(), Map.of());
		assertThat(AccessPolicy.maySee(leftTheTeam, author.personId(), Audience.team(noord))).isTrue();
	}

	@Test
	void audience_keys_match_between_items_and_viewers() {
		assertThat(teamColleague.audienceKeys()).contains(Audience.team(noord).key(author.personId()),
				Audience.organisation(gemeente).key(author.personId()), "PLATFORM")
			.doesNotContain(Audience.privateToOwner().key(author.personId()));
	}

	@Test
	void a_scoped_audience_needs_its_scope_and_an_unscoped_one_refuses_it() {
		assertThatThrownBy(() -> new Audience(AudienceKind.TEAM, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Audience(AudienceKind.PLATFORM, noord))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void widening_follows_the_order_private_team_organisation_network_platform() {
		assertThat(Audience.platform().isWiderThan(Audience.team(noord))).isTrue();
		assertThat(Audience.team(noord).isWiderThan(Audience.organisation(gemeente))).isFalse();
	}

	private static Viewer viewer(UUID organisation, Set<UUID> teams, Set<UUID> networks) {
		return new Viewer(UUID.randomUUID(), organisation, teams, networks, Map.of());
	}

}

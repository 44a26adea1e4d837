package nl.meesterschap.digest.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;

/**
 * Who gets which digest, and how often. Everyone in an organisation gets its general digest at the default frequency
 * until they leave it or choose another; the other digests only after subscribing. A person chooses per digest:
 * weekly or monthly.
 */
@Service
@Transactional
public class Subscriptions {

	private final DigestRepository digests;

	private final DigestCatalogue catalogue;

	private final People people;

	private final DigestSettings settings;

	private final Clock clock;

	Subscriptions(DigestRepository digests, DigestCatalogue catalogue, People people, DigestSettings settings,
			Clock clock) {
		this.digests = digests;
		this.catalogue = catalogue;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	/** Every digest the person may get, with whether (and how often) they get it. */
	public List<Choice> choices(UUID personId) {
		Viewer viewer = people.viewer(personId);
		Map<UUID, Subscription> chosen = digests.subscriptionsOf(personId);
		return catalogue.availableTo(viewer).stream().map(d -> choice(d, personId, chosen.get(d.id()))).toList();
	}

	/** The person's choice for one digest they may read. */
	public Choice choice(UUID personId, Digest digest) {
		return choice(digest, personId, digests.subscription(digest.id(), personId).orElse(null));
	}

	/** Subscribes (or changes the frequency); the digest must be one the person may read, else not found. */
	public Choice subscribe(UUID personId, UUID digestId, Frequency frequency) {
		Digest digest = catalogue.readable(digestId, people.viewer(personId));
		digests.save(new Subscription(digest.subscriptionId(personId), digest.id(), personId, frequency, true,
				clock.instant()));
		return choice(personId, digest);
	}

	/** Stops the digest for this person; leaving twice is harmless. */
	public Choice leave(UUID personId, UUID digestId) {
		Digest digest = catalogue.readable(digestId, people.viewer(personId));
		stop(digest, personId);
		return choice(personId, digest);
	}

	/** Stops the digest for this person, whether or not they may still read it (the one-click link from a mail). */
	void stop(Digest digest, UUID personId) {
		Frequency frequency = digests.subscription(digest.id(), personId).map(Subscription::frequency)
			.orElse(settings.defaultFrequency());
		digests.save(new Subscription(digest.subscriptionId(personId), digest.id(), personId, frequency, false,
				clock.instant()));
	}

	/**
	 * The people who get this edition's frequency of the digest now, in a stable order (by id) so a send that stopped
	 * half-way continues after the last one done. For a network or circle digest, whether a subscriber still belongs
	 * is checked per reader when composing.
	 */
	@Transactional(readOnly = true)
	public List<UUID> recipients(Digest digest, Frequency frequency) {
		Map<UUID, Subscription> chosen = digests.subscriptionsTo(digest.id());
		List<UUID> recipients = new ArrayList<>();
		if (digest.byDefault() && digest.organisationId() != null) {
			for (PersonSummary member : people.audienceMembers(digest.organisationId(),
					Audience.organisation(digest.organisationId()))) {
				Subscription choice = chosen.get(member.id());
				if (choice == null ? frequency == settings.defaultFrequency()
						: choice.active() && choice.frequency() == frequency) {
					recipients.add(member.id());
				}
			}
		}
		else {
			chosen.values().stream()
				.filter(s -> s.active() && s.frequency() == frequency)
				.forEach(s -> recipients.add(s.personId()));
		}
		recipients.sort(Comparator.naturalOrder());
		return recipients;
	}

	/** Whether anyone gets this frequency of the digest (no edition is made for nobody). */
	@Transactional(readOnly = true)
	public boolean anyRecipients(Digest digest, Frequency frequency) {
		if (digest.byDefault() && frequency == settings.defaultFrequency()) {
			return true;
		}
		return digests.subscriptionsTo(digest.id()).values().stream()
			.anyMatch(s -> s.active() && s.frequency() == frequency);
	}

	/** The subscription behind a one-click link's target ({@code digest:<subscription id>}), for this person. */
	@Transactional(readOnly = true)
	Optional<Digest> digestOfSubscription(UUID personId, UUID subscriptionId) {
		Optional<Subscription> stored = digests.subscription(subscriptionId).filter(s -> s.personId().equals(personId));
		if (stored.isPresent()) {
			return digests.find(stored.get().digestId());
		}
		return people.person(personId)
			.map(p -> catalogue.general(p.organisationId()))
			.filter(general -> general.subscriptionId(personId).equals(subscriptionId));
	}

	private Choice choice(Digest digest, UUID personId, Subscription stored) {
		if (stored == null) {
			return new Choice(digest, digest.subscriptionId(personId), digest.byDefault(), settings.defaultFrequency());
		}
		return new Choice(digest, stored.id(), stored.active(), stored.frequency());
	}

	/** A digest and the person's choice: whether they get it and how often (the default when they did not choose). */
	public record Choice(Digest digest, UUID subscriptionId, boolean subscribed, Frequency frequency) {
	}

}

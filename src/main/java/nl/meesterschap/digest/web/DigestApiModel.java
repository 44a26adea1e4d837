package nl.meesterschap.digest.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.digest.internal.DigestContent;
import nl.meesterschap.digest.internal.Edition;
import nl.meesterschap.digest.internal.KoersItem;
import nl.meesterschap.digest.internal.SessionItem;
import nl.meesterschap.digest.internal.SignalItem;
import nl.meesterschap.digest.internal.StoryItem;
import nl.meesterschap.digest.internal.Subscriptions.Choice;

/** The JSON shapes of the digest API. */
final class DigestApiModel {

	private DigestApiModel() {
	}

	@Schema(name = "DigestList")
	record DigestList(List<DigestJson> digests) {
	}

	@Schema(name = "Digest", description = "Een nieuwsbrief die je mag lezen. theme: GENERAL (je organisatie; je krijgt hem "
			+ "tenzij je je afmeldt), DOMAIN (Jeugd, Wmo of Participatie van je organisatie), NETWORK of CIRCLE (leerkring).")
	record DigestJson(UUID id, String title, String theme, @Nullable String domain, SubscriptionJson subscription) {

		static DigestJson of(Choice c) {
			return new DigestJson(c.digest().id(), c.digest().title(), c.digest().theme().name(),
					c.digest().domain() == null ? null : c.digest().domain().name(), SubscriptionJson.of(c));
		}

	}

	@Schema(name = "DigestSubscription", description = "Of je de nieuwsbrief krijgt en hoe vaak (WEEKLY of MONTHLY). "
			+ "byDefault: iedereen van de organisatie krijgt hem tot je je afmeldt.")
	record SubscriptionJson(UUID id, boolean subscribed, String frequency, boolean byDefault) {

		static SubscriptionJson of(Choice c) {
			return new SubscriptionJson(c.subscriptionId(), c.subscribed(), c.frequency().name(), c.digest().byDefault());
		}

	}

	@Schema(name = "DigestSubscriptionRequest", description = "frequency: WEEKLY (elke week) of MONTHLY (elke maand)")
	record SubscriptionRequest(@Nullable String frequency) {
	}

	@Schema(name = "DigestEditionList")
	record EditionList(List<EditionSummary> editions) {
	}

	@Schema(name = "DigestEditionSummary", description = "Een verstuurde uitgave; webUrl is de archiefpagina.")
	record EditionSummary(UUID id, UUID digestId, String frequency, Instant periodStart, Instant periodEnd,
			@Nullable Instant sentAt, String webUrl) {

		static EditionSummary of(Edition e) {
			return new EditionSummary(e.id(), e.digestId(), e.frequency().name(), e.period().start(), e.period().end(),
					e.sentAt(), "/nieuwsbrieven/" + e.digestId() + "/" + e.id());
		}

	}

	@Schema(name = "DigestEdition", description = "Een uitgave zoals jij hem kreeg (of, bij een voorbeeld, zoals de lezer "
			+ "hem krijgt voor zover jij het ook mag zien). Lege onderdelen zijn lege lijsten.")
	record EditionJson(UUID id, UUID digestId, String title, String frequency, Instant periodStart, Instant periodEnd,
			@Nullable String intro, List<ItemJson> pinned, List<StoryJson> stories, List<SignalJson> decidedSignals,
			List<SignalJson> newSignals, List<SessionJson> sessions, List<KoersVersionJson> koersVersions) {

		static EditionJson of(DigestContent c) {
			return new EditionJson(c.editionId(), c.digestId(), c.digestName(), c.frequency().name(), c.period().start(),
					c.period().end(), c.intro(),
					c.pinned().stream().map(e -> new ItemJson(e.kind().name(), e.id(), e.title(), e.url())).toList(),
					c.stories().stream().map(StoryJson::of).toList(),
					c.decidedSignals().stream().map(SignalJson::of).toList(),
					c.newSignals().stream().map(SignalJson::of).toList(),
					c.sessions().stream().map(SessionJson::of).toList(),
					c.koers().stream().map(KoersVersionJson::of).toList());
		}

	}

	@Schema(name = "DigestItem", description = "Een uitgelicht item: kind STORY, SIGNAL of SESSION")
	record ItemJson(String kind, UUID id, String title, String url) {
	}

	@Schema(name = "DigestStory")
	record StoryJson(UUID id, String title, String authorName, List<String> domains, int responses, int recognised,
			int instructive, String url) {

		static StoryJson of(StoryItem s) {
			return new StoryJson(s.id(), s.title(), s.authorName(), s.domains().stream().map(Enum::name).toList(),
					s.responses(), s.recognised(), s.instructive(), s.url());
		}

	}

	@Schema(name = "DigestSignal", description = "raisedBy is leeg bij een anoniem signaal")
	record SignalJson(UUID id, String title, String status, @Nullable String raisedBy, int endorsements,
			@Nullable Instant decidedAt, String url) {

		static SignalJson of(SignalItem s) {
			return new SignalJson(s.id(), s.title(), s.status(), s.raiserName(), s.endorsements(), s.decidedAt(), s.url());
		}

	}

	@Schema(name = "DigestSession")
	record SessionJson(UUID id, UUID circleId, String circleName, String methodName, @Nullable String title,
			Instant startsAt, Instant endsAt, @Nullable String place, boolean online, String url) {

		static SessionJson of(SessionItem s) {
			return new SessionJson(s.id(), s.circleId(), s.circleName(), s.methodName(), s.title(), s.startsAt(),
					s.endsAt(), s.place(), s.online(), s.url());
		}

	}

	@Schema(name = "DigestKoersVersion")
	record KoersVersionJson(String organisationName, String title, int version, Instant publishedAt,
			@Nullable String changeNote, String url) {

		static KoersVersionJson of(KoersItem k) {
			return new KoersVersionJson(k.organisationName(), k.title(), k.version(), k.publishedAt(), k.changeNote(),
					k.url());
		}

	}

}

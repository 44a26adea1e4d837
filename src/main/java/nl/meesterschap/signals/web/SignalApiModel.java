package nl.meesterschap.signals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the signals API (the contract other tools use: keep these names). */
final class SignalApiModel {

	private SignalApiModel() {
	}

	@Schema(name = "SignalRequest", description = "Een signaal aan beleid. Het gaat naar de organisatie met de koers "
			+ "waar je mee werkt; haar beleidsadviseurs en teamleiders beantwoorden het.")
	record SignalRequest(@Nullable String title, @Nullable String description,
			@Schema(description = "RULE_PINCHES, MISSING_OFFER, WAITING_LIST, PARTNER_COOPERATION, MORAL_DILEMMA, "
					+ "GOOD_EXAMPLE of OTHER") @Nullable String kind,
			@Schema(description = "JEUGD, WMO en/of PARTICIPATIE") @Nullable List<String> domains,
			@Schema(description = "Codes van principes uit de koers, bijvoorbeeld P1") @Nullable List<String> principles,
			@Nullable List<EvidenceInput> evidence,
			@Schema(description = "Een leerkring waar je lid van bent: het signaal staat dan op naam van die kring") @Nullable UUID circleId,
			@Schema(description = "ORGANISATION (standaard) of NETWORK") @Nullable String audience,
			@Schema(description = "Het netwerk bij NETWORK; zonder: je eerste netwerk") @Nullable UUID audienceScope,
			@Schema(description = "true: collega’s zien je naam niet (beleid, teamleiders en moderatoren wel)") @Nullable Boolean anonymous) {
	}

	@Schema(name = "SignalEvidenceInput", description = "Bewijs: een gepubliceerd praktijkverhaal dat jij mag zien "
			+ "(type story, id van het verhaal), of de gedeelde samenvatting van een leerkringsessie die met jou is gedeeld "
			+ "(type session, id van de sessie)")
	record EvidenceInput(@Schema(description = "story of session", allowableValues = { "story", "session" })
			@Nullable String type, @Nullable UUID id) {
	}

	@Schema(name = "EndorsementRequest", description = "Ik herken dit, eventueel met eigen verhalen als bewijs")
	record EndorsementRequest(@Nullable List<EvidenceInput> evidence) {
	}

	@Schema(name = "StatusChangeRequest", description = "Een nieuwe status met een openbaar antwoord. Bij ADOPTED: de "
			+ "gepubliceerde koersversie en het principe dat veranderde.")
	record StatusRequest(
			@Schema(description = "IN_CONSIDERATION, ADOPTED, NOT_ADOPTED of ANSWERED") @Nullable String status,
			@Schema(description = "Het openbare antwoord (verplicht)") @Nullable String response,
			@Nullable Integer koersVersion, @Nullable String principle) {
	}

	@Schema(name = "Signal")
	record SignalJson(UUID id, String title, String description, String kind, String status, List<String> domains,
			List<PrincipleJson> principles, OrganisationJson organisation,
			@Schema(description = "Leeg als het signaal zonder naam is gegeven en jij niet mag weten van wie") @Nullable PersonJson raisedBy,
			boolean anonymous, boolean raisedByMe, @Nullable String circle, String audience, @Nullable UUID audienceScope,
			Instant raisedAt, @Nullable Instant firstResponseAt, @Nullable Instant decidedAt,
			@Schema(format = "date", description = "De laatste werkdag voor een eerste antwoord") LocalDate firstResponseDue,
			boolean overdue, RecognitionJson recognition, List<EvidenceJson> evidence, @Nullable AdoptionJson adopted,
			List<StatusChangeJson> statusChanges, String url) {
	}

	@Schema(name = "SignalPrinciple")
	record PrincipleJson(String code, String title) {
	}

	@Schema(name = "SignalOrganisation", description = "De organisatie die antwoordt")
	record OrganisationJson(UUID id, String name, String slug) {
	}

	@Schema(name = "SignalPerson")
	record PersonJson(@Nullable UUID id, String displayName, @Nullable String jobTitle) {
	}

	@Schema(name = "SignalRecognition", description = "Hoeveel collega’s het herkennen, verdeeld over teams en organisaties")
	record RecognitionJson(int count, List<CountJson> teams, List<CountJson> organisations,
			@Schema(description = "Jouw herkenning, om in te trekken") @Nullable UUID myEndorsement) {
	}

	@Schema(name = "SignalCount")
	record CountJson(String name, int count) {
	}

	@Schema(name = "SignalEvidence", description = "Alleen bewijs dat jij mag zien. id, title en url zijn leeg bij een "
			+ "eigen verhaal van wie een signaal zonder naam gaf.")
	record EvidenceJson(String type, @Nullable UUID id, @Nullable String title, @Nullable String url) {
	}

	@Schema(name = "SignalAdoption")
	record AdoptionJson(int koersVersion, String principle) {
	}

	@Schema(name = "SignalStatusChange")
	record StatusChangeJson(String from, String to, String response, PersonJson by, Instant at,
			@Nullable Integer koersVersion, @Nullable String principle) {
	}

	@Schema(name = "SignalList")
	record SignalList(long total, int page, int size, List<SignalJson> signals) {
	}

	@Schema(name = "EndorsementCreated")
	record EndorsementCreated(UUID id) {
	}

}

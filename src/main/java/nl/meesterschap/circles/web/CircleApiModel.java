package nl.meesterschap.circles.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the circles API (the contract other tools use: keep these names). */
final class CircleApiModel {

	private CircleApiModel() {
	}

	@Schema(name = "CircleRequest", description = "Een nieuwe leerkring; jij wordt de eerste begeleider.")
	record CircleRequest(@Nullable String name,
			@Schema(description = "INTERVISION, MORAL_DELIBERATION of COMMUNITY_OF_PRACTICE") @Nullable String kind,
			@Nullable String description,
			@Schema(description = "Een netwerk waar je lid van bent (niet verplicht)") @Nullable UUID networkId) {
	}

	@Schema(name = "Circle")
	record CircleResponse(UUID id, String name, String kind, String description, UUID organisationId,
			@Nullable UUID networkId, @Schema(description = "Jouw rol: FACILITATOR of MEMBER") String role,
			List<Member> members, String url) {
	}

	@Schema(name = "CircleMember")
	record Member(UUID id, String displayName, String role,
			@Schema(description = "ACTIVE, of INVITED zolang de uitnodiging niet is aangenomen") String status) {
	}

	@Schema(name = "CircleList")
	record CircleList(List<CircleResponse> circles) {
	}

	@Schema(name = "SessionRequest", description = "Een sessie plannen of wijzigen (tijden met tijdzone). Bij wijzigen "
			+ "vervangt dit alle gegevens; status CANCELLED annuleert, HELD sluit af (daarvoor is de aanwezigheid nodig).")
	record SessionRequest(@Schema(description = "Code van de methode, bijvoorbeeld INCIDENT of DILEMMA") @Nullable String method,
			@Nullable String title, @Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
			@Nullable String place, @Nullable String onlineUrl, @Nullable Roles roles,
			@Schema(description = "Alleen bij wijzigen: CANCELLED of HELD") @Nullable String status) {
	}

	@Schema(name = "SessionRoles")
	record Roles(@Nullable UUID facilitatorId, @Nullable UUID timeKeeperId, @Nullable UUID noteTakerId,
			@Schema(description = "De inbrenger; moet lid van de leerkring zijn") @Nullable UUID caseBringerId) {
	}

	@Schema(name = "Session")
	record SessionResponse(UUID id, UUID circleId, String circleName, @Nullable String title, MethodView method,
			Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String onlineUrl, String status,
			@Schema(description = "De SEQUENCE van de agenda-uitnodiging") int sequence, String reflectionKind,
			Roles roles, List<Answer> answers, @Schema(description = "De agenda-uitnodiging (iCalendar)") String calendarUrl,
			String url) {
	}

	@Schema(name = "SessionMethod")
	record MethodView(String code, String name, int steps, int totalMinutes, int minParticipants, int maxParticipants) {
	}

	@Schema(name = "SessionAnswer")
	record Answer(UUID personId, @Schema(description = "YES, NO of MAYBE") String answer) {
	}

	@Schema(name = "SessionList")
	record SessionList(List<SessionResponse> sessions) {
	}

	@Schema(name = "AttendanceRequest")
	record AttendanceRequest(@Schema(description = "INTERVISION, MORAL_CASE_DELIBERATION, SUPERVISION of COLLEGIAL_CONSULTATION") @Nullable String kind,
			@Nullable List<AttendeeRequest> attendees) {
	}

	@Schema(name = "AttendeeRequest")
	record AttendeeRequest(@Nullable UUID personId, @Nullable Boolean attended,
			@Schema(description = "Netto minuten; zonder: de hele sessie") @Nullable Integer netMinutes,
			@Schema(description = "FACILITATOR, CASE_BRINGER, TIME_KEEPER, NOTE_TAKER of PARTICIPANT") @Nullable String role) {
	}

	@Schema(name = "Attendance")
	record AttendanceResponse(String kind, boolean closed, List<Attendee> attendees) {
	}

	@Schema(name = "Attendee")
	record Attendee(UUID personId, String displayName, boolean attended, int netMinutes, String role,
			@Schema(description = "Telt mee voor herregistratie: aanwezig en minstens 60 netto minuten") boolean countsForRegistration) {
	}

}

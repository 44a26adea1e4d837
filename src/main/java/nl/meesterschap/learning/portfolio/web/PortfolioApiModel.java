package nl.meesterschap.learning.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the portfolio API (the contract other tools use: keep these names). */
final class PortfolioApiModel {

	private PortfolioApiModel() {
	}

	@Schema(name = "Portfolio", description = "Jouw portfolio: uren per categorie in je huidige registratieperiode, "
			+ "je leerdoelen en je activiteiten. Alleen jij ziet dit.")
	record PortfolioResponse(UUID personId, @Nullable RegisterView register, PeriodView period, List<HoursView> hours,
			@Schema(description = "Alle uren in de periode, netto") BigDecimal totalHours, List<GoalView> goals,
			@Schema(description = "Alle activiteiten, nieuwste eerst; ook die buiten de periode") List<ActivityView> activities) {
	}

	@Schema(name = "PortfolioRegister")
	record RegisterView(@Schema(description = "SKJ of REGISTERPLEIN") String code, String name, int periodYears,
			@Schema(description = "De kortste bijeenkomst die telt, in minuten") int minimumSessionMinutes, String source,
			@Schema(description = "Wanneer de bron is gecontroleerd; null: nog niet") @Nullable LocalDate verifiedOn) {
	}

	@Schema(name = "PortfolioPeriod", description = "De periode [from, to]; zonder register of startdatum de laatste vijf jaar.")
	record PeriodView(LocalDate from, LocalDate to, @Schema(description = "Zelf gekozen startdatum, of null") @Nullable LocalDate start,
			@Schema(description = "Activiteiten buiten de periode (tellen niet mee)") int activitiesOutside) {
	}

	@Schema(name = "PortfolioHours")
	record HoursView(@Schema(description = "REFLECTION, TRAINING of OTHER") String category, int minutes, BigDecimal hours,
			@Schema(description = "Minimum van je register in uren; null als het niet bekend is") @Nullable Integer minimumHours,
			@Nullable Integer maximumHours, boolean met, @Nullable String normSource, @Nullable LocalDate normVerifiedOn) {
	}

	@Schema(name = "PortfolioGoal")
	record GoalView(UUID id, @Schema(description = "MOVISIE_7, WMO_10 of het eigen kader van je organisatie") String framework,
			String competency, String competencyName, String title, @Nullable String description,
			@Schema(description = "PLANNED, IN_PROGRESS, ACHIEVED of STOPPED") String status, @Nullable LocalDate targetDate) {
	}

	@Schema(name = "PortfolioActivity")
	record ActivityView(UUID id, @Schema(description = "SESSION (leerkring, automatisch) of EXTERNAL (zelf toegevoegd)") String source,
			String category, String title, @Nullable String provider, @Nullable String accreditationId, int minutes,
			BigDecimal hours, LocalDate date, @Nullable String reflectionKind, @Nullable String role,
			@Nullable String certificateNote, @Nullable UUID sessionId) {
	}

	@Schema(name = "PortfolioActivityRequest", description = "Een activiteit die je zelf toevoegt, zoals een cursus. "
			+ "Scholing (TRAINING) vraagt een accreditatienummer als je in een register staat.")
	record ActivityRequest(@Schema(description = "Verplicht, hoogstens 200 tekens") @Nullable String title,
			@Schema(description = "REFLECTION, TRAINING of OTHER") @Nullable String category,
			@Schema(description = "Netto uren, meer dan 0 en hoogstens 200, in hele minuten (1.5 = 90 minuten)") @Nullable BigDecimal hours,
			@Schema(description = "Datum van afronding, niet in de toekomst", format = "date", example = "2026-03-12") @Nullable String date,
			@Schema(description = "Accreditatienummer (bijvoorbeeld uit PE-online)") @Nullable String accreditationId,
			@Nullable String provider, @Schema(description = "Waar het certificaat of bewijs is") @Nullable String certificateNote) {
	}

}

package nl.meesterschap.practice.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the stories API (the contract other tools use: keep these names). */
final class StoryApiModel {

	private StoryApiModel() {
	}

	@Schema(name = "StoryRequest", description = "Een praktijkverhaal. Stappen per model: STARR situation, task, action, "
			+ "result, reflection; KORTHAGEN (ALACT) action, lookingBack, awareness, alternatives, trial; DILEMMA situation, "
			+ "moralQuestion, optionA, harmA, optionB, harmB, values, choice; FREE text.")
	record StoryRequest(@Nullable String title, @Nullable String model, @Nullable List<String> domains,
			@Nullable Map<String, String> steps, @Nullable List<String> tags, @Nullable List<PrincipleInput> principles,
			@Nullable Boolean discretionUsed, @Nullable String discretionNote,
			@Schema(description = "PRIVATE, CIRCLE, TEAM, ORGANISATION, NETWORK of PLATFORM") @Nullable String audience,
			@Schema(description = "De leerkring, het team of netwerk bij CIRCLE, TEAM of NETWORK; zonder: je eerste") @Nullable UUID audienceScope,
			@Schema(description = "true: meteen publiceren (na de privacytoets); anders blijft het een concept") @Nullable Boolean publish) {
	}

	/** A principle as a code ("P1") or as {"code": "P1", "note": "..."}. */
	@Schema(name = "PrincipleInput")
	record PrincipleInput(String code, @Nullable String note) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		PrincipleInput {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static PrincipleInput of(String code) {
			return new PrincipleInput(code, null);
		}

	}

	@Schema(name = "Story")
	record StoryResponse(UUID id, String title, String model, String status, List<String> domains, List<String> tags,
			Map<String, String> steps, List<PrincipleView> principles, boolean discretionUsed,
			@Nullable String discretionNote, String audience, @Nullable UUID audienceScope, Author author, int revision,
			Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, String url) {
	}

	@Schema(name = "StoryPrinciple")
	record PrincipleView(String code, String title, @Nullable String note) {
	}

	@Schema(name = "StoryAuthor")
	record Author(UUID id, String displayName) {
	}

	@Schema(name = "StoryList")
	record StoryList(long total, int page, int size, List<StoryResponse> stories) {
	}

	@Schema(name = "PrivacyFinding")
	record FindingView(String field, String type, int start, int end, String text, double confidence, boolean waivable) {
	}

}

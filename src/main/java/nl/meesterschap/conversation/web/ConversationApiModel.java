package nl.meesterschap.conversation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.conversation.ResponseView;

/** The JSON shapes of the conversation API. */
final class ConversationApiModel {

	private ConversationApiModel() {
	}

	@Schema(name = "ResponseRequest", description = "kind: QUESTION, RECOGNITION, SUGGESTION, KNOWLEDGE of APPRECIATION "
			+ "(niet bij een antwoord op een reactie); text: Markdown (alinea’s, nadruk, lijsten, links, citaten), "
			+ "hoogstens 20.000 tekens")
	record ResponseRequest(@Nullable String kind, @Nullable String text, @Nullable UUID parentId,
			@Schema(description = "true: voeg toe aan je vorige reactie als die net geplaatst is en niemand daarna reageerde") @Nullable Boolean appendToPrevious) {
	}

	@Schema(name = "ResponseUpdate")
	record ResponseUpdate(@Nullable String text) {
	}

	@Schema(name = "ReactionRequest", description = "kind: RECOGNISE (herkenbaar) of INSTRUCTIVE (leerzaam)")
	record ReactionRequest(@Nullable String kind) {
	}

	@Schema(name = "FlagRequest", description = "targetType: story of response; reason: PRIVACY, DISRESPECTFUL, OFF_TOPIC, SPAM, OTHER")
	record FlagRequest(@Nullable String targetType, @Nullable UUID targetId, @Nullable String reason, @Nullable String note) {
	}

	@Schema(name = "Response")
	record ResponseJson(UUID id, @Nullable String kind, Person author, String text, String html, String state,
			boolean helpful, Reactions reactions, Instant createdAt, @Nullable Instant editedAt, List<ResponseJson> replies) {

		static ResponseJson of(ResponseView v) {
			return new ResponseJson(v.id(), v.kind() == null ? null : v.kind().name(), new Person(v.authorId(), v.authorName()),
					v.mine() ? v.body() : "", v.html(), v.state().name(), v.helpful(),
					new Reactions(v.reactions().recognise(), v.reactions().instructive()), v.createdAt(), v.editedAt(),
					v.replies().stream().map(ResponseJson::of).toList());
		}

	}

	@Schema(name = "ResponseList")
	record ResponseList(Reactions reactions, List<ResponseJson> responses) {
	}

	@Schema(name = "ResponsePerson")
	record Person(UUID id, String displayName) {
	}

	@Schema(name = "Reactions")
	record Reactions(int recognise, int instructive) {
	}

	@Schema(name = "Created")
	record Created(UUID id) {
	}

}

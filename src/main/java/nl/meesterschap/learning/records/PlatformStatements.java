package nl.meesterschap.learning.records;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.conversation.DilemmaAnswered;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.learning.records.Profile.Verb;
import nl.meesterschap.policy.PrincipleRead;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.signals.SignalRaised;

/**
 * The statement for each platform event, as the xAPI profile describes it. Everything in a statement comes from the
 * event itself, so an event delivered again becomes exactly the same statement, with the same id. Statements name
 * people and things by id only: no names, no titles of stories, responses, circles or signals, no text anyone
 * wrote (the one title in them is a koers principle's, which is public policy).
 */
@Component
class PlatformStatements {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String DUTCH = "nl-NL";

	private static final String ENGLISH = "en-US";

	private final Profile profile;

	PlatformStatements(@Value("${meesterschap.public-url}") String publicUrl) {
		this.profile = new Profile(publicUrl);
	}

	Profile profile() {
		return profile;
	}

	/** The author shared a story (its first publication; later edits are not new statements). */
	ObjectNode storyShared(StoryPublished event) {
		return statement(StatementIds.of("story-shared", event.storyId()), event.authorId(), profile.shared,
				activity(profile.story(event.storyId()), profile.activityType("practice-story")), event.publishedAt());
	}

	/** The author reflected with a reflection model in the story; the SKJ dimensions when the author named them. */
	ObjectNode reflected(StoryPublished event, String model, Collection<SkjDimension> dimensions) {
		ObjectNode statement = statement(StatementIds.of("story-reflected", event.storyId()), event.authorId(),
				profile.reflected, activity(profile.story(event.storyId()), profile.activityType("practice-story")),
				event.publishedAt());
		ObjectNode extensions = contextExtensions(statement);
		extensions.put(profile.extension("reflection-model"), model);
		if (!dimensions.isEmpty()) {
			ArrayNode named = extensions.putArray(profile.extension("skj-dimensions"));
			dimensions.stream().distinct().sorted().forEach(dimension -> named.add(Profile.code(dimension)));
		}
		return statement;
	}

	/** The author responded to a story or signal: the subject is the object, the response a related activity. */
	ObjectNode commented(ResponsePosted event) {
		ObjectNode statement = statement(StatementIds.of("response-posted", event.responseId()), event.authorId(),
				profile.commented, subject(event.subjectKind(), event.subjectId()), event.at());
		contextActivities(statement).putArray("other")
			.add(activity(profile.response(event.subjectKind(), event.subjectId(), event.responseId()),
					profile.activityType("response")));
		ObjectNode extensions = contextExtensions(statement);
		if (event.kind() != null) {
			extensions.put(profile.extension("response-kind"), Profile.code(event.kind()));
		}
		extensions.put(profile.extension("reply"), event.parentId() != null);
		return statement;
	}

	/** The subject's owner said the response helped them: a statement about the responder. */
	ObjectNode helped(ResponseMarkedHelpful event) {
		ObjectNode statement = statement(StatementIds.of("response-helped", event.responseId()), event.responderId(),
				profile.helped, activity(profile.response(event.subjectKind(), event.subjectId(), event.responseId()),
						profile.activityType("response")),
				event.at());
		contextActivities(statement).putArray("parent").add(subject(event.subjectKind(), event.subjectId()));
		return statement;
	}

	/** The person gave their choice in a "wat zou jij doen?" round (what they chose and why stays on the platform). */
	ObjectNode answered(DilemmaAnswered event) {
		ObjectNode statement = statement(StatementIds.of("dilemma-answered", event.dilemmaId(), event.personId()),
				event.personId(), profile.answered,
				activity(profile.dilemma(event.subjectKind(), event.subjectId(), event.dilemmaId()),
						profile.activityType("dilemma")),
				event.at());
		contextActivities(statement).putArray("parent").add(subject(event.subjectKind(), event.subjectId()));
		return statement;
	}

	/** The person took part in a closed session of a learning circle, for the net minutes they were there. */
	ObjectNode attended(SessionAttended event) {
		ObjectNode statement = statement(StatementIds.of("session-attended", event.sessionId(), event.personId()),
				event.personId(), profile.attended,
				activity(profile.session(event.sessionId()), Profile.ADL_ACTIVITIES + "meeting"), event.heldAt());
		ObjectNode result = statement.putObject("result");
		result.put("completion", true);
		result.put("duration", Duration.ofMinutes(Math.max(0, event.netMinutes())).toString());
		result.putObject("extensions").put(profile.extension("counts-for-registration"), event.countsForRegistration());
		contextActivities(statement).putArray("parent")
			.add(activity(profile.circle(event.circleId()), profile.activityType("learning-circle")));
		ObjectNode extensions = contextExtensions(statement);
		extensions.put(profile.extension("session-role"), Profile.code(event.role()));
		extensions.put(profile.extension("reflection-kind"), Profile.code(event.kind()));
		return statement;
	}

	/** The person raised a signal to policy (a signal on behalf of a circle names the circle as grouping). */
	ObjectNode raised(SignalRaised event) {
		ObjectNode statement = statement(StatementIds.of("signal-raised", event.signalId()), event.raiserId(),
				profile.raised, activity(profile.signal(event.signalId()), profile.activityType("signal")),
				event.raisedAt());
		if (event.circleId() != null) {
			contextActivities(statement).putArray("grouping")
				.add(activity(profile.circle(event.circleId()), profile.activityType("learning-circle")));
		}
		contextExtensions(statement).put(profile.extension("signal-kind"), Profile.code(event.kind()));
		return statement;
	}

	/** The person read a principle of a koers (once a day counts). */
	ObjectNode read(PrincipleRead event) {
		ObjectNode principle = activity(profile.principle(event.koersSlug(), event.principleCode()),
				profile.activityType("koers-principle"));
		((ObjectNode) principle.get("definition")).putObject("name")
			.put(DUTCH, event.principleCode() + " " + event.principleTitle());
		ObjectNode statement = statement(StatementIds.of("principle-read", event.personId(),
				event.koersOrganisationId(), event.principleCode(), event.readOn()), event.personId(),
				profile.experienced, principle, event.at());
		contextActivities(statement).putArray("parent")
			.add(activity(profile.koers(event.koersSlug()), profile.activityType("koers")));
		contextExtensions(statement).put(profile.extension("koers-version"), event.koersVersion());
		return statement;
	}

	private ObjectNode statement(UUID id, UUID personId, Verb verb, ObjectNode object, Instant timestamp) {
		ObjectNode statement = JSON.objectNode();
		statement.put("id", id.toString());
		statement.set("actor", actor(personId));
		ObjectNode verbNode = statement.putObject("verb");
		verbNode.put("id", verb.id());
		verbNode.putObject("display").put(ENGLISH, verb.english()).put(DUTCH, verb.dutch());
		statement.set("object", object);
		ObjectNode context = statement.putObject("context");
		context.put("platform", "Meesterschap");
		context.putObject("contextActivities").putArray("category")
			.add(activity(profile.profile, Profile.ADL_ACTIVITIES + "profile"));
		statement.put("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
		return statement;
	}

	/** The person as an Agent with an account on the platform; no name, no e-mail address. */
	ObjectNode actor(UUID personId) {
		ObjectNode actor = JSON.objectNode();
		actor.put("objectType", "Agent");
		ObjectNode account = actor.putObject("account");
		account.put("homePage", profile.base);
		account.put("name", personId.toString());
		return actor;
	}

	private ObjectNode subject(String kind, UUID id) {
		return activity(profile.subject(kind, id), profile.subjectType(kind));
	}

	private static ObjectNode activity(String id, String type) {
		ObjectNode activity = JSON.objectNode();
		activity.put("objectType", "Activity");
		activity.put("id", id);
		activity.putObject("definition").put("type", type);
		return activity;
	}

	private static ObjectNode contextActivities(ObjectNode statement) {
		return (ObjectNode) statement.get("context").get("contextActivities");
	}

	private static ObjectNode contextExtensions(ObjectNode statement) {
		ObjectNode context = (ObjectNode) statement.get("context");
		return context.has("extensions") ? (ObjectNode) context.get("extensions") : context.putObject("extensions");
	}

}

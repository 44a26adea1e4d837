package nl.meesterschap.learning.records;

import java.util.Locale;

/**
 * The IRIs of Meesterschap's xAPI profile ({@code docs/xapi-profile.md}): ADL's verbs and activity types where one
 * fits, our own under {@code <public-url>/xapi-profile} otherwise, and the activity ids of the platform's things
 * (the addresses of their pages).
 */
final class Profile {

	static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";

	static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";

	/** A verb with its display in English and Dutch. */
	record Verb(String id, String english, String dutch) {
	}

	final String base;

	final String profile;

	final Verb shared;

	final Verb reflected;

	final Verb commented;

	final Verb helped;

	final Verb answered;

	final Verb attended;

	final Verb raised;

	final Verb experienced;

	Profile(String publicUrl) {
		this.base = publicUrl.replaceAll("/+$", "");
		this.profile = base + "/xapi-profile";
		this.shared = new Verb(ADL_VERBS + "shared", "shared", "deelde");
		this.reflected = new Verb(profile + "/verbs/reflected", "reflected on", "reflecteerde op");
		this.commented = new Verb(ADL_VERBS + "commented", "commented on", "reageerde op");
		this.helped = new Verb(profile + "/verbs/helped", "helped with", "hielp met");
		this.answered = new Verb(ADL_VERBS + "answered", "answered", "beantwoordde");
		this.attended = new Verb(ADL_VERBS + "attended", "attended", "nam deel aan");
		this.raised = new Verb(profile + "/verbs/raised", "raised", "bracht in");
		this.experienced = new Verb(ADL_VERBS + "experienced", "read", "las");
	}

	String activityType(String name) {
		return profile + "/activity-types/" + name;
	}

	String extension(String name) {
		return profile + "/extensions/" + name;
	}

	/** The activity id of something people respond to: its page. */
	String subject(String kind, Object id) {
		return switch (kind) {
			case "story" -> story(id);
			case "signal" -> signal(id);
			default -> base + "/gesprekken/" + kind + "/" + id;
		};
	}

	String subjectType(String kind) {
		return switch (kind) {
			case "story" -> activityType("practice-story");
			case "signal" -> activityType("signal");
			default -> activityType(kind);
		};
	}

	String story(Object id) {
		return base + "/verhalen/" + id;
	}

	String signal(Object id) {
		return base + "/signalen/" + id;
	}

	/** A response: the place on its subject's page where it stands. */
	String response(String subjectKind, Object subjectId, Object responseId) {
		return subject(subjectKind, subjectId) + "#reactie-" + responseId;
	}

	String dilemma(String subjectKind, Object subjectId, Object dilemmaId) {
		return subject(subjectKind, subjectId) + "#dilemma-" + dilemmaId;
	}

	String session(Object id) {
		return base + "/sessies/" + id;
	}

	String circle(Object id) {
		return base + "/leerkringen/" + id;
	}

	String koers(String slug) {
		return base + "/koers/" + slug;
	}

	String principle(String slug, String code) {
		return koers(slug) + "/principes/" + code;
	}

	/** An enum constant as a profile value: {@code MORAL_CASE_DELIBERATION} becomes {@code moral-case-deliberation}. */
	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

package nl.meesterschap.conversation.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.meesterschap.conversation.MentionMade;
import nl.meesterschap.conversation.Subject;
import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.People;

/** Finds {@code @username} in a response and records a mention for each person who may see the subject. */
@Component
class Mentions {

	private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@.])@([a-z0-9][a-z0-9._-]{1,39})");

	private final People people;

	private final ApplicationEventPublisher events;

	Mentions(People people, ApplicationEventPublisher events) {
		this.people = people;
		this.events = events;
	}

	static Set<String> usernames(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1).replaceAll("[._-]+$", ""));
		}
		return names;
	}

	void announce(ResponseRow response, Subject subject) {
		for (String username : usernames(response.body())) {
			people.personByUsername(username)
				.filter(p -> !p.id().equals(response.authorId()))
				.filter(p -> AccessPolicy.maySee(people.viewer(p.id()), subject))
				.ifPresent(p -> events.publishEvent(new MentionMade(response.id(), subject.kind(), subject.id(), p.id(),
						response.authorId(), response.createdAt())));
		}
	}

}

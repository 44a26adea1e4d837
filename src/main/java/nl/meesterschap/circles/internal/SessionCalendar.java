package nl.meesterschap.circles.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.meesterschap.identity.PersonSummary;

/**
 * A session as an iCalendar invitation (RFC 5545 with iTIP METHOD:REQUEST, or CANCEL for a cancelled session).
 * The UID is stable per session and SEQUENCE rises with every change, so calendars replace the earlier version.
 * Times are in Europe/Amsterdam with the zone's own definition (ical4j's bundled zone data names it Brussels).
 * People are addressed as {@code urn:uuid:<person id>} with their name until e-mail delivery supplies addresses.
 */
@Component("circlesSessionCalendar")
public class SessionCalendar {

	static final String ZONE_ID = "Europe/Amsterdam";

	private final MessageSource messages;

	private final String publicUrl;

	SessionCalendar(MessageSource messages, @Value("${meesterschap.public-url}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The invitation; {@code answers} are the members' RSVPs (missing: not answered yet). */
	public String invitation(SessionContext context, PersonSummary organizer, List<PersonSummary> attendees,
			Map<UUID, nl.meesterschap.circles.internal.Rsvp.Answer> answers, Locale locale) {
		Session session = context.session();
		boolean cancelled = session.status() == Session.Status.CANCELLED;
		String method = context.method().name(locale);
		String summary = session.title() != null ? session.title() + " (" + context.circle().name() + ")"
				: text("session.ics.summary", locale, context.circle().name(), method);
		String link = publicUrl + "/sessies/" + session.id();
		VEvent event = new VEvent(session.startsAt().atZone(SessionService.ZONE),
				session.endsAt().atZone(SessionService.ZONE), summary);
		event.replace(new DtStamp(session.updatedAt()));
		event.add(new Uid("session-" + session.id() + "@" + host()));
		event.add(new Sequence(session.sequence()));
		event.add(new Location(session.place() != null ? session.place() : text("session.ics.online", locale)));
		event.add(new Description(description(context, method, link, locale)));
		event.add(new Url(URI.create(session.onlineUrl() != null ? session.onlineUrl() : link)));
		event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		Organizer organizerProperty = new Organizer(address(organizer.id()));
		organizerProperty.add(new Cn(organizer.displayName()));
		event.add(organizerProperty);
		for (PersonSummary person : attendees) {
			Attendee attendee = new Attendee(address(person.id()));
			attendee.add(new Cn(person.displayName()));
			attendee.add(person.id().equals(organizer.id()) ? Role.CHAIR : Role.REQ_PARTICIPANT);
			attendee.add(partStat(answers.get(person.id())));
			attendee.add(new Rsvp(true));
			event.add(attendee);
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Meesterschap//Leerkringen//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(amsterdam());
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private String description(SessionContext context, String method, String link, Locale locale) {
		StringBuilder text = new StringBuilder(text("session.ics.description", locale, context.circle().name(), method,
				context.method().totalMinutes()));
		if (context.session().onlineUrl() != null) {
			text.append("\n").append(text("session.ics.join", locale, context.session().onlineUrl()));
		}
		text.append("\n").append(text("session.ics.prepare", locale, link));
		return text.toString();
	}

	private static PartStat partStat(nl.meesterschap.circles.internal.Rsvp.@org.jspecify.annotations.Nullable Answer answer) {
		if (answer == null) {
			return PartStat.NEEDS_ACTION;
		}
		return switch (answer) {
			case YES -> PartStat.ACCEPTED;
			case NO -> PartStat.DECLINED;
			case MAYBE -> PartStat.TENTATIVE;
		};
	}

	/** Europe/Amsterdam since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
	static VTimeZone amsterdam() {
		Observance winter = new Standard();
		winter.add(new TzName("CET"));
		winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
		winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
		winter.add(new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)));
		winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
		Observance summer = new Daylight();
		summer.add(new TzName("CEST"));
		summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
		summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
		summer.add(new DtStart<>(LocalDateTime.of(1981, 3, 29, 2, 0)));
		summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
		return new VTimeZone(new PropertyList(List.of(new TzId(ZONE_ID))), new ComponentList<>(List.of(winter, summer)));
	}

	private static URI address(UUID personId) {
		return URI.create("urn:uuid:" + personId);
	}

	private String host() {
		String host = URI.create(publicUrl).getHost();
		return host == null ? "meesterschap" : host;
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}

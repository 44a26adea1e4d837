package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Rsvp;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;

/** The invitation as iCalendar, parsed back with ical4j: Amsterdam time, stable UID, rising SEQUENCE, attendees. */
@IntegrationTest
class SessionCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	SessionService sessions;

	@Autowired
	CircleTestSupport support;

	@Test
	void the_invitation_is_a_request_in_amsterdam_time_with_every_member_and_their_answer() throws Exception {
		Circle circle = support.circle("Kring; agenda, test", Circle.Kind.INTERVISION, "gert", "anouk", "olaf");
		Instant start = CircleTestSupport.at(20, "14:00");
		Session session = sessions.plan(support.id("gert"), circle.id(), new SessionService.SessionInput("INCIDENT", start,
				start.plus(Duration.ofMinutes(90)), "Wijkcentrum De Schakel, zaal 2", null, null));
		sessions.rsvp(support.id("anouk"), session.id(), Rsvp.Answer.YES);
		sessions.rsvp(support.id("olaf"), session.id(), Rsvp.Answer.MAYBE);

		MvcResult result = mvc.perform(get("/api/v1/sessions/" + session.id() + ".ics").with(as(accounts, "olaf")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".ics");
		String ics = result.getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getProperty(Property.METHOD)).get().extracting(Property::getValue).isEqualTo("REQUEST");
		VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
		assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getDateTimeStart().getParameter(Parameter.TZID)).get().extracting(Parameter::getValue)
			.isEqualTo("Europe/Amsterdam");
		assertThat(Instant.from((TemporalAccessor) event.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(Instant.from((TemporalAccessor) event.getDateTimeEnd().getDate())).isEqualTo(start.plus(Duration.ofMinutes(90)));
		assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:" + start.atZone(CircleTestSupport.ZONE).toLocalDate()
			.toString().replace("-", "") + "T140000");
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-" + session.id() + "@localhost");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Wijkcentrum De Schakel, zaal 2");
		assertThat(event.getSummary().getValue()).isEqualTo("Leerkring Kring; agenda, test: Incidentmethode");
		assertThat(ics).contains("Kring\\; agenda\\, test").as("the library escapes ; and ,");
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN)).get()
			.extracting(Parameter::getValue).isEqualTo("Gert Mulder");
		List<Property> attendees = event.getProperties(Property.ATTENDEE);
		assertThat(attendees).hasSize(3);
		assertThat(attendees).filteredOn(a -> a.getValue().equals("urn:uuid:" + support.id("anouk")))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.getParameter(Parameter.CN).orElseThrow().getValue()).isEqualTo("Anouk de Vries");
				assertThat(a.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("ACCEPTED");
			});
		assertThat(attendees).filteredOn(a -> a.getValue().equals("urn:uuid:" + support.id("olaf")))
			.singleElement()
			.satisfies(a -> assertThat(a.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("TENTATIVE"));
		assertThat(attendees).filteredOn(a -> a.getValue().equals("urn:uuid:" + support.id("gert")))
			.singleElement()
			.satisfies(a -> assertThat(a.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("NEEDS-ACTION"));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
	}

	@Test
	void a_change_keeps_the_uid_raises_the_sequence_and_a_cancellation_cancels() throws Exception {
		Circle circle = support.circle("Kring agenda wijzigen", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", 21, 90);
		VEvent before = event(session.id(), "anouk");
		Instant later = session.startsAt().plus(Duration.ofHours(2));
		sessions.update(support.id("gert"), session.id(), new SessionService.SessionInput("INCIDENT", later,
				later.plus(Duration.ofMinutes(60)), null, "https://meet.example/kring", "Extra sessie"));
		VEvent after = event(session.id(), "anouk");
		assertThat(after.getUid()).isEqualTo(before.getUid());
		assertThat(after.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(Instant.from((TemporalAccessor) after.getDateTimeStart().getDate())).isEqualTo(later);
		assertThat(after.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Online");
		assertThat(after.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.example/kring");
		assertThat(after.getSummary().getValue()).isEqualTo("Extra sessie (Kring agenda wijzigen)");

		sessions.cancel(support.id("gert"), session.id());
		String ics = mvc.perform(get("/api/v1/sessions/" + session.id() + ".ics").with(as(accounts, "anouk")))
			.andReturn().getResponse().getContentAsString();
		Calendar cancelled = new CalendarBuilder().build(new StringReader(ics));
		assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = (VEvent) cancelled.getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
	}

	@Test
	void a_summer_session_is_in_summer_time() throws Exception {
		Circle circle = support.circle("Kring zomer", Circle.Kind.INTERVISION, "gert", "anouk");
		java.time.LocalDate july = java.time.LocalDate.now(CircleTestSupport.ZONE).plusYears(1).withMonth(7).withDayOfMonth(8);
		Instant start = java.time.ZonedDateTime.of(july, java.time.LocalTime.of(10, 0), CircleTestSupport.ZONE).toInstant();
		Session session = sessions.plan(support.id("gert"), circle.id(), new SessionService.SessionInput("INCIDENT", start,
				start.plus(Duration.ofMinutes(90)), "Zaal", null, null));
		VEvent event = event(session.id(), "gert");
		assertThat(Instant.from((TemporalAccessor) event.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(start.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(8);
	}

	@Test
	void a_non_member_gets_no_invitation() throws Exception {
		Circle circle = support.circle("Kring geheim", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", 22, 90);
		mvc.perform(get("/api/v1/sessions/" + session.id() + ".ics").with(as(accounts, "bram")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/sessions/" + UUID.randomUUID() + ".ics").with(as(accounts, "gert")))
			.andExpect(status().isNotFound());
	}

	private VEvent event(UUID sessionId, String username) throws Exception {
		String ics = mvc.perform(get("/api/v1/sessions/" + sessionId + ".ics").with(as(accounts, username)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
	}

}

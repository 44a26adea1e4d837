package nl.meesterschap.circles.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.web.InvalidInputException;

/** Planning or changing a session: the method, a date with start and end time (Dutch time), place or link. */
public class SessionForm {

	/** The service's field names as this form calls them. */
	static final Map<String, String> FIELDS = Map.of("startsAt", "startTime", "endsAt", "endTime");

	private String method = "";

	private String title = "";

	private String date = "";

	private String startTime = "";

	private String endTime = "";

	private String place = "";

	private String onlineUrl = "";

	static SessionForm of(Session session, String methodCode) {
		SessionForm form = new SessionForm();
		ZonedDateTime start = session.startsAt().atZone(CircleTimes.ZONE);
		form.method = methodCode;
		form.title = session.title() == null ? "" : session.title();
		form.date = start.toLocalDate().toString();
		form.startTime = start.toLocalTime().toString();
		form.endTime = session.endsAt().atZone(CircleTimes.ZONE).toLocalTime().toString();
		form.place = session.place() == null ? "" : session.place();
		form.onlineUrl = session.onlineUrl() == null ? "" : session.onlineUrl();
		return form;
	}

	/** What was typed as the service takes it; a date or time that cannot be read is refused here. */
	SessionService.SessionInput input() {
		LocalDate day = Forms.date(date);
		LocalTime start = Forms.time(startTime);
		LocalTime end = Forms.time(endTime);
		java.util.List<InvalidInputException.Violation> refused = new java.util.ArrayList<>();
		if (day == null) {
			refused.add(new InvalidInputException.Violation("date", date.isBlank() ? "session.when.date-required"
					: "session.when.date-invalid"));
		}
		if (start == null) {
			refused.add(new InvalidInputException.Violation("startTime", "session.when.time-invalid"));
		}
		if (end == null) {
			refused.add(new InvalidInputException.Violation("endTime", "session.when.time-invalid"));
		}
		if (!refused.isEmpty()) {
			throw new InvalidInputException(refused);
		}
		return new SessionService.SessionInput(method, CircleTimes.at(day, start), CircleTimes.at(day, end), place,
				onlineUrl, title);
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

}

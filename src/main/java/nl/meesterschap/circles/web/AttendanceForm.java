package nl.meesterschap.circles.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.circles.internal.Attendance;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.Rsvp;
import nl.meesterschap.circles.internal.Session;

/** Who attended and for how long: one row per member, filled in from the RSVPs until the facilitator saves it. */
public class AttendanceForm {

	private String kind = "";

	private List<AttendanceRow> rows = new ArrayList<>();

	static AttendanceForm of(Session session, List<UUID> members, List<Attendance> recorded,
			Map<UUID, Rsvp.Answer> answers) {
		AttendanceForm form = new AttendanceForm();
		form.kind = session.reflectionKind().name();
		for (UUID member : members) {
			Attendance a = recorded.stream().filter(x -> x.personId().equals(member)).findFirst().orElse(null);
			AttendanceRow row = new AttendanceRow();
			row.setPersonId(member.toString());
			row.setAttended(a != null ? a.attended() : answers.get(member) != Rsvp.Answer.NO);
			row.setMinutes(String.valueOf(a != null && a.attended() ? a.netMinutes() : session.durationMinutes()));
			row.setRole((a != null ? a.role() : session.roleOf(member)).name());
			form.rows.add(row);
		}
		return form;
	}

	List<AttendanceService.AttendanceInput> input() {
		return rows.stream().map(AttendanceRow::input).toList();
	}

	ReflectionKind reflectionKind() {
		try {
			return ReflectionKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public List<AttendanceRow> getRows() {
		return rows;
	}

	public void setRows(List<AttendanceRow> rows) {
		this.rows = rows;
	}

	/** One member's line. */
	public static class AttendanceRow {

		private String personId = "";

		private boolean attended;

		private String minutes = "";

		private String role = "";

		AttendanceService.AttendanceInput input() {
			Integer net;
			try {
				net = minutes.isBlank() ? null : Integer.valueOf(minutes.strip());
			}
			catch (NumberFormatException e) {
				net = -1;
			}
			SessionRole chosen;
			try {
				chosen = SessionRole.valueOf(role);
			}
			catch (IllegalArgumentException e) {
				chosen = null;
			}
			return new AttendanceService.AttendanceInput(Forms.uuid(personId), attended, net, chosen);
		}

		public String getPersonId() {
			return personId;
		}

		public void setPersonId(String personId) {
			this.personId = personId;
		}

		public boolean isAttended() {
			return attended;
		}

		public void setAttended(boolean attended) {
			this.attended = attended;
		}

		public String getMinutes() {
			return minutes;
		}

		public void setMinutes(String minutes) {
			this.minutes = minutes;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

}

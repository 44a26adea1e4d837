package nl.meesterschap.signals.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.Deadlines;
import nl.meesterschap.signals.internal.SignalAccess;
import nl.meesterschap.signals.internal.SignalQuery;
import nl.meesterschap.web.InvalidInputException.Violation;

/** The board's filters (page and API alike) as a query over the signals the reader may see. */
@Component
class BoardQueries {

	private final SignalAccess access;

	private final Koersen koersen;

	private final Deadlines deadlines;

	BoardQueries(SignalAccess access, Koersen koersen, Deadlines deadlines) {
		this.access = access;
		this.koersen = koersen;
		this.deadlines = deadlines;
	}

	/** A principle code is one of the reader's own koers. {@code page} counts from 0. */
	SignalQuery board(Viewer viewer, @Nullable SignalStatus status, @Nullable Domain domain, @Nullable SignalKind kind,
			@Nullable String principle, SortOrder order, boolean overdue, @Nullable UUID raisedBy, int page, int size) {
		String code = principle == null || principle.isBlank() ? null : principle.strip().toUpperCase(Locale.ROOT);
		UUID koers = code == null ? null : koersen.applicableTo(viewer).map(KoersVersion::organisationId).orElse(null);
		return SignalQuery.visibleTo(access.reader(viewer), page, size)
			.filter(status == null ? List.of() : List.of(status), domain, kind)
			.principle(koers, code)
			.overdueOnly(overdue ? deadlines.overdueCutoff() : null)
			.raisedBy(raisedBy)
			.sorted(order.sort);
	}

	/** The orders a board offers, with their names in the API and on the page. */
	enum SortOrder {

		RECOGNITION("recognition", "herkenning", SignalQuery.Sort.RECOGNITION),
		NEWEST("newest", "nieuw", SignalQuery.Sort.NEWEST),
		OLDEST("oldest", "oud", SignalQuery.Sort.OLDEST);

		final String api;

		final String page;

		final SignalQuery.Sort sort;

		SortOrder(String api, String page, SignalQuery.Sort sort) {
			this.api = api;
			this.page = page;
			this.sort = sort;
		}

		static SortOrder fromApi(@Nullable String value, List<Violation> violations) {
			if (value == null || value.isBlank()) {
				return NEWEST;
			}
			for (SortOrder order : values()) {
				if (order.api.equalsIgnoreCase(value.strip())) {
					return order;
				}
			}
			violations.add(new Violation("sort", "signals.api.unknown-value", value));
			return NEWEST;
		}

		static SortOrder fromPage(@Nullable String value) {
			for (SortOrder order : values()) {
				if (order.page.equalsIgnoreCase(value == null ? "" : value.strip())) {
					return order;
				}
			}
			return NEWEST;
		}

		public String page() {
			return page;
		}

	}

}

package nl.meesterschap.circles.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.Summary;
import nl.meesterschap.circles.internal.SummaryService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;

/** The summary part of the closing page: the text, where it may go, and the privacy findings in place. */
@Component("circlesSummaryPage")
class SummaryPage {

	private final SummaryService summaries;

	private final People people;

	private final MessageSource messages;

	SummaryPage(SummaryService summaries, People people, MessageSource messages) {
		this.summaries = summaries;
		this.people = people;
		this.messages = messages;
	}

	void save(UUID personId, UUID sessionId, String text, @Nullable AudienceKind publishTo) {
		summaries.save(personId, sessionId, text, publishTo);
	}

	void withdraw(UUID personId, UUID sessionId) {
		summaries.withdraw(personId, sessionId);
	}

	/** {@code field|start|replacement|expected}, as the replacement buttons send it. */
	boolean replace(UUID personId, UUID sessionId, String replace) {
		String[] parts = replace.split("\\|", 4);
		return parts.length == 4 && parts[1].matches("\\d{1,7}")
				&& summaries.replace(personId, sessionId, Integer.parseInt(parts[1]), parts[3], parts[2]);
	}

	/** {@code TYPE|text}; answers the message key to show. */
	String waive(UUID personId, UUID sessionId, String waive) {
		String[] parts = waive.split("\\|", 2);
		try {
			summaries.waive(personId, sessionId, FindingType.valueOf(parts[0]), parts.length == 2 ? parts[1] : "");
			return "session.privacy.waived";
		}
		catch (NotWaivableException e) {
			return "privacy.not-waivable";
		}
		catch (IllegalArgumentException e) {
			return "session.privacy.changed";
		}
	}

	void fill(SessionContext context, Model model) {
		Summary summary = summaries.of(context).orElse(null);
		model.addAttribute("summary", summary);
		if (!model.containsAttribute("summaryForm")) {
			model.addAttribute("summaryForm", summary == null ? new SummaryForm() : SummaryForm.of(summary));
		}
		List<FieldFinding> findings = summaries.findings(context);
		model.addAttribute("summaryFindings", summary == null || findings.isEmpty() ? null
				: FindingsView.of("summary", summary.body(), findings.stream().map(FieldFinding::finding).toList()));
		model.addAttribute("audiences", summaries.audiences(context.circle()).stream()
			.map(a -> new AudienceOption(a.kind().name(), label(a)))
			.toList());
		model.addAttribute("summaryAudience", summary == null || summary.audience() == null ? "" : label(summary.audience()));
	}

	private String label(Audience audience) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String name = switch (audience.kind()) {
			case ORGANISATION -> people.organisation(audience.scopeId()).map(o -> o.name()).orElse("");
			case NETWORK -> people.network(audience.scopeId()).map(n -> n.name()).orElse("");
			default -> "";
		};
		return messages.getMessage("session.summary.audience." + audience.kind().name(), new Object[] { name }, locale);
	}

	/** A choice of who may read the summary. */
	record AudienceOption(String value, String label) {
	}

}

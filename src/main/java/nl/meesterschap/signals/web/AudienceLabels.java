package nl.meesterschap.signals.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;

/** Who can see a signal, in words: "Iedereen van Gemeente Lindewaarde", "Netwerk Noord". */
@Component
class AudienceLabels {

	private final People people;

	private final MessageSource messages;

	AudienceLabels(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	String label(Audience audience) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (audience.kind()) {
			case ORGANISATION -> messages.getMessage("signals.audience.organisation", new Object[] {
					people.organisation(audience.scopeId()).map(OrganisationSummary::name).orElse("") }, locale);
			case NETWORK -> messages.getMessage("signals.audience.network", new Object[] {
					people.network(audience.scopeId()).map(NetworkSummary::name).orElse("") }, locale);
			default -> messages.getMessage("signals.audience." + audience.kind().name().toLowerCase(Locale.ROOT), null,
					locale);
		};
	}

}

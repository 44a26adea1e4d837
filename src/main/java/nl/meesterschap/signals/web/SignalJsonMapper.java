package nl.meesterschap.signals.web;

import java.util.List;
import java.util.Locale;

import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalView;
import nl.meesterschap.signals.web.SignalApiModel.AdoptionJson;
import nl.meesterschap.signals.web.SignalApiModel.CountJson;
import nl.meesterschap.signals.web.SignalApiModel.EvidenceJson;
import nl.meesterschap.signals.web.SignalApiModel.OrganisationJson;
import nl.meesterschap.signals.web.SignalApiModel.PersonJson;
import nl.meesterschap.signals.web.SignalApiModel.PrincipleJson;
import nl.meesterschap.signals.web.SignalApiModel.RecognitionJson;
import nl.meesterschap.signals.web.SignalApiModel.SignalJson;
import nl.meesterschap.signals.web.SignalApiModel.StatusChangeJson;

/** A signal as one reader sees it, in the API's shape; what the reader may not know is left out here already. */
final class SignalJsonMapper {

	private SignalJsonMapper() {
	}

	static SignalJson json(SignalView view) {
		Signal s = view.signal();
		SignalView.Recognition r = view.recognition();
		return new SignalJson(s.id(), s.title(), s.description(), s.kind().name(), s.status().name(),
				s.domains().stream().map(Enum::name).toList(),
				view.principles().stream().map(p -> new PrincipleJson(p.code(), p.title())).toList(),
				new OrganisationJson(view.answering().id(), view.answering().name(), view.answering().slug()),
				view.raiserName() == null ? null : new PersonJson(s.raiserId(), view.raiserName(), null), s.anonymous(),
				view.mine(), view.circleName(), s.audience().kind().name(), s.audience().scopeId(), s.raisedAt(),
				s.firstResponseAt(), s.decidedAt(), view.firstResponseDue(), view.overdue(),
				new RecognitionJson(r.count(), counts(r.teams()), counts(r.organisations()), r.mine()),
				view.evidence().stream()
					.map(e -> new EvidenceJson(e.kind().name().toLowerCase(Locale.ROOT), e.id(), e.title(), e.url()))
					.toList(),
				s.adoptedVersion() == null || s.adoptedPrinciple() == null ? null
						: new AdoptionJson(s.adoptedVersion(), s.adoptedPrinciple()),
				view.changes().stream()
					.map(c -> new StatusChangeJson(c.from().name(), c.to().name(), c.response(),
							new PersonJson(null, c.byName(), c.byRole()), c.at(), c.koersVersion(), c.principleCode()))
					.toList(),
				s.url());
	}

	private static List<CountJson> counts(List<SignalView.Count> counts) {
		return counts.stream().map(c -> new CountJson(c.name(), c.count())).toList();
	}

}

package nl.meesterschap.privacy.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.privacy.PersonalDataScanner;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;

@Service
class PrivacyGuardService implements PrivacyGuard {

	private final PersonalDataScanner scanner;

	private final WaiverRepository waivers;

	private final PrivacyAuditLog audit;

	private final Clock clock;

	PrivacyGuardService(PersonalDataScanner scanner, WaiverRepository waivers, PrivacyAuditLog audit, Clock clock) {
		this.scanner = scanner;
		this.waivers = waivers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Finding> scan(String text) {
		return scanner.scan(text);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldFinding> blocking(PrivacySubject subject, Map<String, String> fields) {
		Set<WaiverRepository.Waived> waived = waivers.of(subject);
		List<FieldFinding> blocking = new ArrayList<>();
		fields.forEach((field, text) -> {
			if (text != null && !text.isBlank()) {
				for (Finding finding : scanner.scan(text)) {
					boolean isWaived = finding.type().waivable()
							&& waived.contains(new WaiverRepository.Waived(finding.type(), WaiverRepository.normalize(finding.text())));
					if (!isWaived) {
						blocking.add(new FieldFinding(field, finding));
					}
				}
			}
		});
		return blocking;
	}

	@Override
	@Transactional
	public void waive(UUID personId, UUID organisationId, PrivacySubject subject, FindingType type, String text) {
		if (!type.waivable()) {
			audit.record(organisationId, personId, "WAIVER_REFUSED", subject, type, null);
			throw new NotWaivableException(type);
		}
		waivers.add(subject, type, text, personId, clock.instant());
		audit.record(organisationId, personId, "WAIVED", subject, type, text);
	}

}

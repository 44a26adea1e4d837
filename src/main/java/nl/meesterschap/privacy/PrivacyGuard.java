package nl.meesterschap.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The publish guard. Any text that leaves a private draft (publishing, widening the audience) is checked here
 * first; sharing is refused while {@link #blocking} returns findings. A person may mark a finding as "no
 * personal data" for one item; that decision is audited. A valid BSN can never be waived (art. 46 UAVG).
 */
public interface PrivacyGuard {

	/** All personal data found in a text (no waivers applied); fast enough for every autosave. */
	List<Finding> scan(String text);

	/** The findings in these fields that still block sharing the item, in field order then text order. */
	List<FieldFinding> blocking(PrivacySubject subject, Map<String, String> fields);

	/**
	 * Records that {@code text}, found as {@code type} in the item, is not personal data.
	 * @throws NotWaivableException for a BSN
	 */
	void waive(UUID personId, UUID organisationId, PrivacySubject subject, FindingType type, String text);

}

package nl.meesterschap.signals.web;

import java.util.List;
import java.util.Map;

import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.Redaction;

/** One click to replace every finding in a field by its placeholder ([naam], [BSN], ...). */
final class PrivacyFixes {

	private PrivacyFixes() {
	}

	static String replaceAll(String text, String field, List<FieldFinding> findings) {
		return Redaction.replace(text, findings.stream().filter(f -> f.field().equals(field))
			.map(FieldFinding::finding)
			.toList(), f -> f.type().placeholder());
	}

	/** A "not personal data" button's value, {@code TYPE|text}, split. */
	static Map.Entry<FindingType, String> waiver(String value) {
		String[] parts = value.split("\\|", 2);
		return Map.entry(FindingType.valueOf(parts[0]), parts.length == 2 ? parts[1] : "");
	}

}

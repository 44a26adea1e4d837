package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds e-mail addresses: a local part, "@", and a domain with at least one dot and a top-level domain of two or more
 * letters. Role addresses such as info@ or secretariaat@ get a low confidence: they rarely identify a person.
 */
final class EmailDetector implements Detector {

	private static final Set<String> ROLE_MAILBOXES = Set.of("info", "contact", "secretariaat", "helpdesk", "noreply",
			"no-reply", "servicedesk", "klantcontact", "receptie", "administratie", "post", "postbus", "team",
			"wijkteam", "support", "privacy", "klachten");

	@Override
	public void detect(String text, List<Finding> out) {
		int at = text.indexOf('@');
		while (at >= 0) {
			int start = localPartStart(text, at);
			int end = domainEnd(text, at);
			if (start < at && end > 0) {
				String address = text.substring(start, end);
				String local = text.substring(start, at).toLowerCase(Locale.ROOT);
				double confidence = ROLE_MAILBOXES.contains(local) ? 0.5 : 0.95;
				out.add(new Finding(FindingType.EMAIL, start, end, address, confidence));
			}
			at = text.indexOf('@', Math.max(at + 1, end));
		}
	}

	private static int localPartStart(String text, int at) {
		int i = at;
		while (i > 0 && isLocalChar(text.charAt(i - 1))) {
			i--;
		}
		while (i < at && text.charAt(i) == '.') {
			i++;
		}
		return i;
	}

	/** The end of a domain name after {@code at}, without a trailing full stop, or -1. */
	private static int domainEnd(String text, int at) {
		int n = text.length();
		int i = at + 1;
		int lastDot = -1;
		while (i < n && isDomainChar(text.charAt(i))) {
			if (text.charAt(i) == '.') {
				if (i + 1 >= n || !Chars.isLetterOrDigit(text.charAt(i + 1))) {
					break;
				}
				lastDot = i;
			}
			i++;
		}
		if (lastDot <= at + 1 || i - lastDot - 1 < 2) {
			return -1;
		}
		for (int k = lastDot + 1; k < i; k++) {
			if (!Chars.isAsciiLetter(text.charAt(k))) {
				return -1;
			}
		}
		return i;
	}

	private static boolean isLocalChar(char c) {
		return Chars.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainChar(char c) {
		return Chars.isLetterOrDigit(c) || c == '.' || c == '-';
	}

}

package nl.meesterschap.notifications.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Why the SMTP server did not take a mail. A recipient the server refused for good (a 5xx reply such as "550 user
 * unknown"; Jakarta Mail lists those as invalid addresses, 4xx ones as "valid unsent") is a bounce. Everything else
 * (no connection, "try later", authentication) may pass, so it is retried.
 */
record SmtpFailure(boolean permanent, String reason) {

	static SmtpFailure of(MailException failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
					&& refused.getInvalidAddresses().length > 0) {
				return new SmtpFailure(true, reason(refused.getNextException() != null ? refused.getNextException() : refused));
			}
		}
		List<Throwable> all = causes(failure);
		return new SmtpFailure(false, reason(all.get(all.size() - 1)));
	}

	/** The exception, what Spring collected per message, their causes and Jakarta Mail's chained "next" ones. */
	private static List<Throwable> causes(MailException failure) {
		List<Throwable> found = new ArrayList<>();
		List<Throwable> roots = new ArrayList<>(List.of(failure));
		if (failure instanceof MailSendException send) {
			roots.addAll(List.of(send.getMessageExceptions()));
		}
		for (Throwable root : roots) {
			for (Throwable t = root; t != null && !found.contains(t); t = next(t)) {
				found.add(t);
			}
		}
		return found;
	}

	private static Throwable next(Throwable t) {
		if (t.getCause() != null) {
			return t.getCause();
		}
		return t instanceof MessagingException m ? m.getNextException() : null;
	}

	private static String reason(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message.replaceAll("\\s+", " ").strip();
	}

}

package nl.meesterschap.notifications.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into the MIME message that goes over SMTP: multipart/alternative (plain text, then HTML,
 * both UTF-8), a Message-ID derived from the recipient and idempotency key (the same mail always has the same id,
 * so a receiving server or mail program can recognise a repeat), and for mails with a target the RFC 8058
 * one-click unsubscribe headers. The admin page shows the same headers.
 */
@Component
class MailMessages {

	private static final Session SESSION = Session.getInstance(new Properties());

	private final MailSettings settings;

	private final JdbcMailOutbox outbox;

	MailMessages(MailSettings settings, JdbcMailOutbox outbox) {
		this.settings = settings;
		this.outbox = outbox;
	}

	/** The headers of the mail, in order, as the recipient's mail program sees them. */
	Map<String, String> headers(OutboxRow row, String address, Instant sentAt) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("From", settings.from());
		headers.put("To", row.recipientName() == null ? address : row.recipientName() + " <" + address + ">");
		headers.put("Subject", row.subject());
		headers.put("Date", new jakarta.mail.internet.MailDateFormat().format(new Date(sentAt.toEpochMilli())));
		headers.put("Message-ID", messageId(row));
		if (row.unsubscribeTarget() != null) {
			headers.put("List-Unsubscribe",
					"<" + outbox.unsubscribeUrl(row.recipientId(), row.unsubscribeTarget(), row.createdAt()) + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		headers.put("Auto-Submitted", "auto-generated");
		return headers;
	}

	MimeMessage message(OutboxRow row, String address, Instant sentAt) throws MessagingException {
		Map<String, String> headers = headers(row, address, sentAt);
		MimeMessage message = new FixedIdMimeMessage(headers.get("Message-ID"));
		message.setFrom(InternetAddress.parse(settings.from(), true)[0]);
		message.setRecipient(MimeMessage.RecipientType.TO, recipient(row, address));
		message.setSubject(row.subject(), "UTF-8");
		message.setSentDate(new Date(sentAt.toEpochMilli()));
		if (row.unsubscribeTarget() != null) {
			message.setHeader("List-Unsubscribe", headers.get("List-Unsubscribe"));
			message.setHeader("List-Unsubscribe-Post", headers.get("List-Unsubscribe-Post"));
		}
		message.setHeader("Auto-Submitted", headers.get("Auto-Submitted"));
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(row.text(), "UTF-8", "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(row.html(), "UTF-8", "html");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		message.saveChanges();
		return message;
	}

	/** {@code <hash of recipient and key@domain of the sender>}. */
	String messageId(OutboxRow row) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((row.recipientId() + "/" + row.idempotencyKey()).getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@" + domain() + ">";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private String domain() {
		try {
			String address = InternetAddress.parse(settings.from(), true)[0].getAddress();
			return address.substring(address.indexOf('@') + 1);
		}
		catch (AddressException | StringIndexOutOfBoundsException e) {
			return "meesterschap.invalid";
		}
	}

	private static InternetAddress recipient(OutboxRow row, String address) throws AddressException {
		try {
			return row.recipientName() == null ? new InternetAddress(address, true)
					: new InternetAddress(address, row.recipientName(), "UTF-8");
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 is part of every Java runtime", e);
		}
	}

	/** A message whose Message-ID stays ours when it is saved (Jakarta Mail would make a random one). */
	private static final class FixedIdMimeMessage extends MimeMessage {

		private final String id;

		FixedIdMimeMessage(String id) {
			super(SESSION);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", id);
		}

	}

}

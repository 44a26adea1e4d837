package nl.meesterschap.notifications.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP clients for the tests: to a server on this machine, or to a port where nothing listens (a server down). */
final class TestSmtp {

	private TestSmtp() {
	}

	static JavaMailSenderImpl to(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** A sender whose server is down: a port that was free a moment ago. */
	static JavaMailSenderImpl down() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return to(socket.getLocalPort());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The addresses a message went to. */
	static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The process dying in the middle of a send (an Error, so no catch block of the sender sees it). */
	static final class Crash extends Error {

		Crash(String where) {
			super("Simulated crash " + where);
		}

	}

	/**
	 * Hands mails to a real server, but "dies" at the {@code crashAt}-th mail to {@code address}: before the SMTP
	 * transaction, or right after the server accepted it (before the sender could mark it sent).
	 */
	static final class DyingSender extends JavaMailSenderImpl {

		private final String address;

		private final int crashAt;

		private final boolean afterAccept;

		private int seen;

		DyingSender(int port, String address, int crashAt, boolean afterAccept) {
			JavaMailSenderImpl base = to(port);
			setHost(base.getHost());
			setPort(base.getPort());
			setJavaMailProperties(base.getJavaMailProperties());
			this.address = address;
			this.crashAt = crashAt;
			this.afterAccept = afterAccept;
		}

		@Override
		protected void doSend(MimeMessage[] messages, Object[] originals) {
			for (MimeMessage message : messages) {
				boolean mine = recipients(message).stream().anyMatch(r -> r.contains(address));
				if (mine && ++seen == crashAt) {
					if (afterAccept) {
						super.doSend(new MimeMessage[] { message }, null);
						throw new Crash("after the server accepted mail " + crashAt);
					}
					throw new Crash("before mail " + crashAt);
				}
				super.doSend(new MimeMessage[] { message }, null);
			}
		}

	}

}

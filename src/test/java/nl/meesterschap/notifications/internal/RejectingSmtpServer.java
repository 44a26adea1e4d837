package nl.meesterschap.notifications.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on loopback that refuses one recipient for good ({@code 550 5.1.1 User unknown}), as a
 * real server does for an address that no longer exists, and accepts (and forgets) mail for anyone else.
 */
final class RejectingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final String refused;

	private final AtomicInteger refusals = new AtomicInteger();

	RejectingSmtpServer(String refusedAddress) throws IOException {
		this.socket = new ServerSocket(0);
		this.refused = refusedAddress.toLowerCase(Locale.ROOT);
		Thread thread = new Thread(this::serve, "rejecting-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	int refusals() {
		return refusals.get();
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				converse(client);
			}
			catch (IOException closed) {
				// the test is over, or the client hung up
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
		reply(out, "220 localhost test ESMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO")) {
				reply(out, "250-localhost");
				reply(out, "250 8BITMIME");
			}
			else if (command.startsWith("RCPT TO:")) {
				if (line.toLowerCase(Locale.ROOT).contains(refused)) {
					refusals.incrementAndGet();
					reply(out, "550 5.1.1 <" + refused + ">: Recipient address rejected: User unknown");
				}
				else {
					reply(out, "250 2.1.5 Ok");
				}
			}
			else if (command.equals("DATA")) {
				reply(out, "354 End data with <CR><LF>.<CR><LF>");
				while ((line = in.readLine()) != null && !line.equals(".")) {
					// forget it
				}
				reply(out, "250 2.0.0 Ok: queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 2.0.0 Bye");
				return;
			}
			else {
				reply(out, "250 Ok");
			}
		}
	}

	private static void reply(PrintWriter out, String text) {
		out.print(text + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}

package nl.meesterschap.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;

/** Checks an e-mail address before anything is sent to it. */
final class Addresses {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$");

	private Addresses() {
	}

	/** The address, cleaned, when a mail server could deliver to it. */
	static Optional<String> usable(@Nullable String address) {
		if (address == null) {
			return Optional.empty();
		}
		String clean = address.strip().toLowerCase(Locale.ROOT);
		if (clean.length() > 254 || !SHAPE.matcher(clean).matches()) {
			return Optional.empty();
		}
		try {
			new InternetAddress(clean, true).validate();
			return Optional.of(clean);
		}
		catch (AddressException invalid) {
			return Optional.empty();
		}
	}

}

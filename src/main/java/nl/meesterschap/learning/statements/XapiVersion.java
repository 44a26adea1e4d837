package nl.meesterschap.learning.statements;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions the store speaks. A request names its version in the X-Experience-API-Version header; every
 * 1.0.x header is served as 1.0.3 and every 2.0.x header as 2.0.0 (the latest patch of each).
 */
public enum XapiVersion {

	V1_0_3("1.0.3"), V2_0_0("2.0.0");

	private static final Pattern ONE = Pattern.compile("1\\.0(\\.\\d+)?");

	private static final Pattern TWO = Pattern.compile("2\\.0(\\.\\d+)?");

	private final String header;

	XapiVersion(String header) {
		this.header = header;
	}

	public static Optional<XapiVersion> ofHeader(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String trimmed = value.strip();
		if (ONE.matcher(trimmed).matches()) {
			return Optional.of(V1_0_3);
		}
		if (TWO.matcher(trimmed).matches()) {
			return Optional.of(V2_0_0);
		}
		return Optional.empty();
	}

	/** The value of the response header. */
	public String header() {
		return header;
	}

	/** The statement "version" values a request of this version may carry. */
	boolean acceptsStatementVersion(String version) {
		return ONE.matcher(version).matches() || (this == V2_0_0 && TWO.matcher(version).matches());
	}

}

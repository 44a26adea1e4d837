package nl.meesterschap.learning.statements;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;

/**
 * Signed statements (xAPI Data 2.6): the signature attachment holds a JWS (compact serialisation) signed with
 * RS256, RS384 or RS512 whose payload is the statement itself. When the JWS header carries an X.509 chain
 * ({@code x5c}), the signature must verify with its first certificate.
 */
final class SignatureVerifier {

	static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

	private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
			JWSAlgorithm.RS512);

	private SignatureVerifier() {
	}

	static boolean isSignature(JsonNode attachment) {
		return SIGNATURE.equals(attachment.path("usageType").stringValue(null));
	}

	/** @throws InvalidStatementException when the signature is malformed or does not match the statement */
	static void verify(JsonNode statement, JsonNode signatureAttachment, Attachment content) {
		String contentType = signatureAttachment.path("contentType").stringValue("");
		if (!contentType.strip().equalsIgnoreCase("application/octet-stream")) {
			throw invalid("its contentType must be application/octet-stream");
		}
		JWSObject jws;
		try {
			jws = JWSObject.parse(new String(content.content(), StandardCharsets.UTF_8).strip());
		}
		catch (ParseException e) {
			throw invalid("it is not a JWS in compact serialisation");
		}
		if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
			throw invalid("it must use RS256, RS384 or RS512, not " + jws.getHeader().getAlgorithm());
		}
		JsonNode payload;
		try {
			payload = LrsJson.parse(jws.getPayload().toString());
		}
		catch (InvalidStatementException e) {
			throw invalid("its payload is not a JSON statement");
		}
		if (!payload.isObject() || !StatementComparison.same(payload, statement,
				Set.of("id", "stored", "authority", "version", "attachments"))) {
			throw invalid("its payload is not the statement it signs");
		}
		List<Base64> chain = jws.getHeader().getX509CertChain();
		if (chain != null && !chain.isEmpty()) {
			verifyWithCertificate(jws, chain.get(0));
		}
	}

	private static void verifyWithCertificate(JWSObject jws, Base64 certificate) {
		X509Certificate parsed = X509CertUtils.parse(certificate.decode());
		if (parsed == null || !(parsed.getPublicKey() instanceof RSAPublicKey key)) {
			throw invalid("its x5c certificate is not an RSA certificate");
		}
		try {
			if (!jws.verify(new RSASSAVerifier(key))) {
				throw invalid("it does not verify with its x5c certificate");
			}
		}
		catch (JOSEException e) {
			throw invalid("it cannot be verified: " + e.getMessage());
		}
	}

	private static InvalidStatementException invalid(String problem) {
		return new InvalidStatementException("attachments: the statement signature is refused: " + problem);
	}

}

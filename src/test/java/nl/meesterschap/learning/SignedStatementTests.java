package nl.meesterschap.learning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** Signed statements (xAPI Data 2.6): a JWS (RS256/384/512) of the statement, as a signature attachment. */
@IntegrationTest
class SignedStatementTests {

	private static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	Lrs lrs;

	KeyPair keys;

	@BeforeEach
	void setUp() throws Exception {
		lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		keys = generator.generateKeyPair();
	}

	@Test
	void a_statement_signed_with_rs256_rs384_or_rs512_is_accepted() throws Exception {
		for (JWSAlgorithm algorithm : new JWSAlgorithm[] { JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512 }) {
			String statement = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
			JWSObject jws = new JWSObject(new JWSHeader(algorithm), new Payload(statement));
			jws.sign(new RSASSASigner(keys.getPrivate()));
			send(statement, jws.serialize(), "application/octet-stream").andExpect(status().isOk());
		}
	}

	@Test
	void another_algorithm_another_payload_or_a_broken_jws_is_400() throws Exception {
		String statement = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
		JWSObject hmac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(statement));
		hmac.sign(new MACSigner(new byte[32]));
		send(statement, hmac.serialize(), "application/octet-stream").andExpect(status().isBadRequest());

		JWSObject other = new JWSObject(new JWSHeader(JWSAlgorithm.RS256),
				new Payload(Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"))));
		other.sign(new RSASSASigner(keys.getPrivate()));
		send(statement, other.serialize(), "application/octet-stream").andExpect(status().isBadRequest());

		JWSObject valid = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(statement));
		valid.sign(new RSASSASigner(keys.getPrivate()));
		send(statement, valid.serialize(), "text/plain").andExpect(status().isBadRequest());
		send(statement, "not.a.jws", "application/octet-stream").andExpect(status().isBadRequest());
	}

	@Test
	void with_an_x5c_certificate_the_signature_must_verify_with_it(@TempDir Path dir) throws Exception {
		KeyStore store = selfSigned(dir);
		PrivateKey key = (PrivateKey) store.getKey("signer", "geheim".toCharArray());
		X509Certificate certificate = (X509Certificate) store.getCertificate("signer");
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
			.x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
			.build();
		String statement = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
		JWSObject signed = new JWSObject(header, new Payload(statement));
		signed.sign(new RSASSASigner(key));
		send(statement, signed.serialize(), "application/octet-stream").andExpect(status().isOk());
		JWSObject forged = new JWSObject(header, new Payload(statement));
		forged.sign(new RSASSASigner(keys.getPrivate()));
		send(statement, forged.serialize(), "application/octet-stream").andExpect(status().isBadRequest());
	}

	/** A self-signed RSA certificate made by the JDK's keytool, so no key material lives in the repository. */
	private static KeyStore selfSigned(Path dir) throws Exception {
		Path file = dir.resolve("signer.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Test signer",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "geheim",
				"-keypass", "geheim").redirectErrorStream(true).start();
		keytool.getInputStream().readAllBytes();
		if (keytool.waitFor() != 0) {
			throw new IllegalStateException("keytool failed");
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, "geheim".toCharArray());
		}
		return store;
	}

	private ResultActions send(String statement, String jws, String contentType) throws Exception {
		byte[] signature = jws.getBytes(StandardCharsets.US_ASCII);
		String sha2 = Multipart.sha256(signature);
		String signed = statement.replaceFirst("\\}$", """
				, "attachments": [{"usageType": "%s", "display": {"en-US": "signature"}, "contentType": "%s",
				  "length": %d, "sha2": "%s"}]}""".formatted(SIGNATURE, contentType, signature.length, sha2));
		return mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(Multipart.CONTENT_TYPE)
			.content(new Multipart(signed).part("application/octet-stream", sha2, signature, true).bytes()));
	}

}

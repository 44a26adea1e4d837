package nl.meesterschap.learning.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.InvalidStatementException;
import nl.meesterschap.learning.statements.LrsJson;

/**
 * State, activity profile and agent profile documents with xAPI's concurrency rules: ETags, If-Match and
 * If-None-Match (412), PUT over an existing document only with one of them (409, where the resource requires it),
 * and POST merging the top-level properties of two JSON objects.
 */
@Service
public class Documents {

	private final DocumentStore store;

	private final Clock clock;

	Documents(DocumentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Document> get(UUID organisationId, DocumentAddress address, String id) {
		return store.find(organisationId, address, id);
	}

	@Transactional(readOnly = true)
	public List<String> ids(UUID organisationId, DocumentAddress address, @Nullable Instant since) {
		return store.ids(organisationId, address, since);
	}

	/** Stores the document as sent, if the preconditions and the resource's {@link WriteRule} allow. */
	@Transactional
	public Document put(UUID organisationId, DocumentAddress address, String id, String contentType, byte[] content,
			Preconditions preconditions, WriteRule rule) {
		Document current = store.find(organisationId, address, id).orElse(null);
		preconditions.check(current);
		if (!preconditions.any() && rule != WriteRule.NONE) {
			if (current != null) {
				throw new DocumentException(409, "The document already exists. Fetch it, then send If-Match with "
						+ "its ETag to replace it.");
			}
			if (rule == WriteRule.ALWAYS) {
				throw new DocumentException(400, "Send If-None-Match: * to create a profile document, or If-Match "
						+ "with the ETag of the one you replace.");
			}
		}
		if (isJson(contentType)) {
			parseJson(content);
		}
		return save(organisationId, address, current, new Document(id, contentType, content, etag(content), now()),
				preconditions, false);
	}

	/** Merges a JSON object into an existing JSON object document, or stores the document when there is none. */
	@Transactional
	public Document post(UUID organisationId, DocumentAddress address, String id, String contentType, byte[] content,
			Preconditions preconditions) {
		Document current = store.find(organisationId, address, id).orElse(null);
		preconditions.check(current);
		if (current == null) {
			if (isJson(contentType)) {
				parseJson(content);
			}
			return save(organisationId, address, null, new Document(id, contentType, content, etag(content), now()),
					preconditions, false);
		}
		if (!isJson(contentType) || !current.json()) {
			throw new DocumentException(400, "Only a JSON document can be merged into an existing JSON document");
		}
		JsonNode incoming = parseJson(content);
		JsonNode existing = parseJson(current.content());
		if (!incoming.isObject() || !existing.isObject()) {
			throw new DocumentException(400, "Only JSON objects can be merged");
		}
		ObjectNode merged = ((ObjectNode) existing).deepCopy();
		incoming.properties().forEach(p -> merged.set(p.getKey(), p.getValue()));
		byte[] bytes = LrsJson.bytes(merged);
		return save(organisationId, address, current,
				new Document(id, "application/json", bytes, etag(bytes), now()), preconditions, true);
	}

	@Transactional
	public void delete(UUID organisationId, DocumentAddress address, String id, Preconditions preconditions) {
		Document current = store.find(organisationId, address, id).orElse(null);
		preconditions.check(current);
		if (current != null) {
			store.delete(organisationId, address, id);
		}
	}

	@Transactional
	public void deleteAll(UUID organisationId, DocumentAddress address) {
		store.deleteAll(organisationId, address);
	}

	public static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		return type.equals("application/json") || type.endsWith("+json");
	}

	private Document save(UUID organisationId, DocumentAddress address, @Nullable Document current,
			Document document, Preconditions preconditions, boolean merge) {
		// Another request may have written the document since we read it: the insert then meets the primary key and
		// the update finds another ETag. With preconditions that is a failed precondition (412), without them a
		// conflict (409); last-writer-wins only for a plain PUT that names no ETag.
		int refused = preconditions.any() ? 412 : 409;
		if (current == null) {
			try {
				store.insert(organisationId, address, document);
			}
			catch (DuplicateKeyException e) {
				throw new DocumentException(refused, "Another request created this document at the same moment");
			}
		}
		else if (!store.update(organisationId, address, document, preconditions.any() || merge ? current.etag() : null)) {
			throw new DocumentException(refused, "Another request changed or deleted this document at the same moment");
		}
		return document;
	}

	private static JsonNode parseJson(byte[] content) {
		try {
			return LrsJson.parse(new String(content, StandardCharsets.UTF_8));
		}
		catch (InvalidStatementException e) {
			throw new DocumentException(400, "The document is sent as JSON but is not valid JSON");
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String etag(byte[] content) {
		try {
			return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content)) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
		}
	}

}

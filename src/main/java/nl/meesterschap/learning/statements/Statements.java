package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;
import nl.meesterschap.learning.statements.StatementWriter.Incoming;

/**
 * The statement side of an organisation's learning record store: stores batches atomically (all statements or
 * none), finds single statements and answers queries.
 */
@Service
public class Statements {

	private static final int ATTEMPTS = 3;

	private final StatementWriter writer;

	private final StatementStore store;

	private final StatementFinder finder;

	private final AttachmentStore attachments;

	private final ConsistencyWindow window;

	private final TransactionTemplate transactions;

	Statements(StatementWriter writer, StatementStore store, StatementFinder finder, AttachmentStore attachments,
			ConsistencyWindow window, TransactionTemplate transactions) {
		this.writer = writer;
		this.store = store;
		this.finder = finder;
		this.attachments = attachments;
		this.window = window;
		this.transactions = transactions;
	}

	/**
	 * Validates and stores statements with their attachment contents; returns their ids in order. Nothing is stored
	 * when one statement is refused.
	 * @throws InvalidStatementException (400) or {@link StatementConflictException} (409)
	 */
	public List<UUID> store(UUID organisationId, List<JsonNode> received, JsonNode authority, XapiVersion version,
			List<Attachment> contents) {
		List<Incoming> incoming = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		for (JsonNode statement : received) {
			StatementValidator.validate(statement, version);
			UUID id = statement.has("id") ? UUID.fromString(statement.get("id").stringValue()) : UUID.randomUUID();
			if (!ids.add(id)) {
				throw new InvalidStatementException("id: the batch contains statement " + id + " more than once");
			}
			incoming.add(new Incoming(id, StatementPreparer.normalised(statement)));
		}
		AttachmentRequirements.check(received, contents);
		for (int attempt = 1;; attempt++) {
			Instant stored = window.open();
			try {
				transactions.executeWithoutResult(
						tx -> writer.write(organisationId, incoming, authority, version, stored, contents));
				return incoming.stream().map(Incoming::id).toList();
			}
			catch (DuplicateKeyException e) {
				// another request stored one of these ids (or attachments) at the same moment: look again
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
			finally {
				window.close(stored);
			}
		}
	}

	/** A statement by id; a voided statement only when asked for as voided, a statement that is not voided only when not. */
	public Optional<StoredStatement> find(UUID organisationId, UUID id, boolean voided) {
		return store.find(organisationId, id).filter(statement -> statement.voided() == voided);
	}

	public StatementPage query(UUID organisationId, StatementQuery query) {
		return finder.find(organisationId, query);
	}

	/** The attachment contents the statements refer to, by hash. */
	public Map<String, Attachment> attachmentsOf(UUID organisationId, List<JsonNode> statements) {
		Map<String, Attachment> wanted = new LinkedHashMap<>();
		List<String> hashes = new ArrayList<>();
		for (JsonNode statement : statements) {
			AttachmentRequirements.declared(statement).forEach(a -> hashes.add(a.path("sha2").stringValue("")));
		}
		wanted.putAll(attachments.find(organisationId, hashes));
		return wanted;
	}

	public Instant consistentThrough() {
		return window.consistentThrough();
	}

}

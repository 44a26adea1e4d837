package nl.meesterschap.learning.records;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.learning.LearningRecords;
import nl.meesterschap.learning.statements.StatementConflictException;
import nl.meesterschap.learning.statements.Statements;

/**
 * Puts a platform statement in the learning record store of the organisation its actor works for. A statement whose
 * id the store already has (an event delivered again, or "heeft mij geholpen" given once more after it was taken
 * back), also when a concurrent delivery stored it first, is left as it is: a statement is recorded once. A statement the store refuses fails the listener, so the
 * event stays in the publication registry and is recorded when it is retried after the fault is fixed.
 */
@Component
class PlatformRecorder {

	private static final Logger log = LoggerFactory.getLogger(PlatformRecorder.class);

	private final LearningRecords records;

	private final Statements statements;

	private final People people;

	private final TransactionTemplate outsideTransaction;

	PlatformRecorder(LearningRecords records, Statements statements, People people,
			PlatformTransactionManager transactionManager) {
		this.records = records;
		this.statements = statements;
		this.people = people;
		this.outsideTransaction = new TransactionTemplate(transactionManager);
		outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	/** Records the statement about this person in their organisation's store; nothing for an unknown person. */
	void record(UUID personId, ObjectNode statement) {
		Optional<UUID> organisation = people.person(personId).map(PersonSummary::organisationId);
		if (organisation.isEmpty()) {
			log.warn("No learning record for unknown person {}", personId);
			return;
		}
		UUID id = UUID.fromString(statement.get("id").stringValue());
		if (statements.find(organisation.get(), id, false).isPresent()
				|| statements.find(organisation.get(), id, true).isPresent()) {
			return;
		}
		// The store writes in a transaction of its own and tries again when another listener stored the same
		// activity at the same moment; inside a caller's transaction that retry would find it rolled back.
		try {
			outsideTransaction.executeWithoutResult(status -> records.record(organisation.get(), statement));
		}
		catch (StatementConflictException e) {
			// Another delivery of the same event (its id is made from the event) got there first, between the check
			// above and this write, with other details: the first one stands, and failing would retry for ever.
			log.info("Learning record {} was stored meanwhile by another delivery; kept that one", id);
		}
	}

}

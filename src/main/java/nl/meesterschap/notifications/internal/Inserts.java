package nl.meesterschap.notifications.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts that may meet a concurrent twin (two listeners for the same cause at once; the unique key decides).
 * The insert runs under a savepoint, so losing the race rolls back only the insert and the surrounding
 * transaction goes on (PostgreSQL would otherwise refuse every further statement of it).
 */
@Component
class Inserts {

	private final TransactionTemplate nested;

	Inserts(PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** True when the row was inserted, false when an equal key was there first. */
	boolean insert(Runnable insert) {
		try {
			nested.executeWithoutResult(status -> insert.run());
			return true;
		}
		catch (DuplicateKeyException twin) {
			return false;
		}
	}

}

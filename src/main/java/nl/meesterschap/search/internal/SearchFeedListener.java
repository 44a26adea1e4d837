package nl.meesterschap.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.meesterschap.circles.SharedSummaryChanged;
import nl.meesterschap.conversation.ItemModerated;
import nl.meesterschap.conversation.ResponseChanged;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.policy.KoersVersionPublished;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.practice.StoryWithdrawn;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.signals.SignalRaised;
import nl.meesterschap.signals.SignalStatusChanged;

/**
 * Appends to the search feed in the same transaction as the change (a synchronous listener runs inside the
 * publisher's transaction), so a change and its feed entry commit or roll back together. After the commit this
 * node's index applies it at once; other nodes pick it up on their next poll.
 */
@Component
class SearchFeedListener {

	private final SearchFeed feed;

	private final IndexNode node;

	SearchFeedListener(SearchFeed feed, IndexNode node) {
		this.feed = feed;
		this.node = node;
	}

	@EventListener
	void on(StoryPublished event) {
		feed.append(ItemType.STORY, event.storyId().toString(), "published");
		wakeAfterCommit();
	}

	@EventListener
	void on(StoryWithdrawn event) {
		feed.append(ItemType.STORY, event.storyId().toString(), event.deleted() ? "deleted" : "withdrawn");
		wakeAfterCommit();
	}

	/** A signal was raised, or its status changed (the index shows it as it is now). */
	@EventListener
	void on(SignalRaised event) {
		feed.append(ItemType.SIGNAL, event.signalId().toString(), "raised");
		wakeAfterCommit();
	}

	@EventListener
	void on(SignalStatusChanged event) {
		feed.append(ItemType.SIGNAL, event.signalId().toString(), "status");
		wakeAfterCommit();
	}

	/** A learning circle shared a session's summary, changed it while shared, or took it back. */
	@EventListener
	void on(SharedSummaryChanged event) {
		feed.append(ItemType.SUMMARY, event.sessionId().toString(), "shared");
		wakeAfterCommit();
	}

	/**
	 * A moderator hid or restored a story, a response, a signal or another subject of a conversation: it leaves (or
	 * returns to) search, and so do the responses on it. Applying a story or signal also refreshes its responses.
	 */
	@EventListener
	void on(ItemModerated event) {
		String change = event.hidden() ? "hidden" : "restored";
		if (event.targetKind().equals(ItemType.STORY.code())) {
			feed.append(ItemType.STORY, event.targetId().toString(), change);
		}
		else if (event.targetKind().equals(ItemType.RESPONSE.code())) {
			feed.append(ItemType.RESPONSE, event.targetId().toString(), change);
		}
		else if (event.targetKind().equals(ItemType.SIGNAL.code())) {
			feed.append(ItemType.SIGNAL, event.targetId().toString(), change);
		}
		else {
			feed.append(SearchFeed.THREAD, event.targetKind() + ":" + event.targetId(), change);
		}
		wakeAfterCommit();
	}

	/** A response or reply became visible (posted, or approved by a moderator). */
	@EventListener
	void on(ResponsePosted event) {
		feed.append(ItemType.RESPONSE, event.responseId().toString(), "posted");
		wakeAfterCommit();
	}

	/** A response was edited, joined with a second post, or removed by its author. */
	@EventListener
	void on(ResponseChanged event) {
		feed.append(ItemType.RESPONSE, event.responseId().toString(), event.removed() ? "removed" : "edited");
		wakeAfterCommit();
	}

	@EventListener
	void on(KoersVersionPublished event) {
		feed.append(SearchFeed.KOERS, event.organisationId().toString(), "published");
		wakeAfterCommit();
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					node.wake();
				}

			});
		}
		else {
			node.wake();
		}
	}

}

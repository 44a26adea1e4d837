package nl.meesterschap.digest.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The archive: a digest's sent editions, and each as the signed-in reader would have received it, composed for them
 * from the frozen edition (with stories and signals as they are now, so what was since withdrawn, hidden or shared
 * more narrowly is not shown). "Voor jou" is not in the archive: it was personal to the mail. A digest the person
 * may not read (another organisation, a network or circle they are not in) is not found.
 */
@Service
@Transactional(readOnly = true)
public class Reading {

	static final int ARCHIVE_SIZE = 100;

	private final DigestCatalogue catalogue;

	private final EditionRepository editions;

	private final EditionContents contents;

	private final SnapshotJson json;

	private final People people;

	Reading(DigestCatalogue catalogue, EditionRepository editions, EditionContents contents, SnapshotJson json,
			People people) {
		this.catalogue = catalogue;
		this.editions = editions;
		this.contents = contents;
		this.json = json;
		this.people = people;
	}

	/** A digest the reader may read, with its sent editions, newest first. */
	public Archive archive(UUID readerId, UUID digestId) {
		Digest digest = catalogue.readable(digestId, people.viewer(readerId));
		return new Archive(digest, editions.sent(digestId, ARCHIVE_SIZE));
	}

	/** A sent edition as this reader would have received it. */
	public ReaderCopy edition(UUID readerId, UUID digestId, UUID editionId) {
		Viewer reader = people.viewer(readerId);
		Digest digest = catalogue.readable(digestId, reader);
		Edition edition = editions.findWithSnapshot(editionId)
			.filter(e -> e.digestId().equals(digest.id()) && e.status() == Edition.Status.SENT && e.snapshot() != null)
			.orElseThrow(ItemNotFoundException::new);
		Snapshot snapshot = contents.refreshed(json.read(edition.snapshot()));
		DigestContent content = DigestComposer.compose(snapshot, reader, contents.sessionsFor(snapshot, List.of(reader)),
				List.of());
		return new ReaderCopy(digest, edition, content);
	}

	/** A digest and its sent editions. */
	public record Archive(Digest digest, List<Edition> editions) {
	}

	/** One reader's copy of a sent edition. */
	public record ReaderCopy(Digest digest, Edition edition, DigestContent content) {
	}

}

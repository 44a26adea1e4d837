package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.statements.MatchKey.Kind;
import nl.meesterschap.learning.statements.StatementStore.NewStatement;
import nl.meesterschap.learning.statements.StatementStore.Reference;

/**
 * Writes a batch of valid statements in the caller's transaction: skips statements it already has (identical
 * re-sends), refuses conflicting ones, applies voiding, lets StatementRefs inherit what their targets are found by,
 * and merges activity definitions.
 */
@Component
class StatementWriter {

	private final StatementStore store;

	private final ActivityDefinitions activities;

	private final AttachmentStore attachments;

	StatementWriter(StatementStore store, ActivityDefinitions activities, AttachmentStore attachments) {
		this.store = store;
		this.attachments = attachments;
		this.activities = activities;
	}

	/** A valid statement in normal form with the id it is stored under. */
	record Incoming(UUID id, ObjectNode normalised) {
	}

	void write(UUID organisationId, List<Incoming> incoming, JsonNode authority, XapiVersion version, Instant stored,
			List<Attachment> contents) {
		Map<UUID, String> existing = store.receivedJsonOf(organisationId, incoming.stream().map(Incoming::id).toList());
		List<NewStatement> fresh = new ArrayList<>();
		List<JsonNode> prepared = new ArrayList<>();
		for (Incoming statement : incoming) {
			String before = existing.get(statement.id());
			if (before != null) {
				if (!StatementComparison.same(LrsJson.parse(before), statement.normalised())) {
					throw new StatementConflictException(statement.id());
				}
				continue;
			}
			ObjectNode full = StatementPreparer.prepare(statement.normalised(), statement.id(), stored, authority, version);
			prepared.add(full);
			fresh.add(newStatement(organisationId, statement, full, stored));
		}
		if (fresh.isEmpty()) {
			return;
		}
		long[] seqs = store.insert(organisationId, fresh);
		applyVoiding(organisationId, fresh);
		followReferences(organisationId, fresh, seqs);
		activities.record(organisationId, prepared, stored);
		contents.forEach(attachment -> attachments.save(organisationId, attachment));
	}

	private static NewStatement newStatement(UUID organisationId, Incoming statement, ObjectNode full, Instant stored) {
		JsonNode object = full.get("object");
		UUID target = "StatementRef".equals(object.path("objectType").stringValue(null))
				? UUID.fromString(object.get("id").stringValue()) : null;
		boolean voiding = StatementValidator.VOIDED.equals(full.path("verb").path("id").stringValue(null));
		String verb = full.get("verb").get("id").stringValue();
		List<UUID> keys = StatementKeys.of(full).stream().map(key -> key.hash(organisationId)).toList();
		return new NewStatement(statement.id(), stored, voiding, target, LrsJson.write(full),
				LrsJson.write(statement.normalised()), new MatchKey(Kind.VERB, verb).hash(organisationId), keys);
	}

	private void applyVoiding(UUID organisationId, List<NewStatement> fresh) {
		List<UUID> targets = fresh.stream().filter(NewStatement::voiding).map(NewStatement::refTarget).toList();
		List<UUID> ids = fresh.stream().map(NewStatement::id).toList();
		List<UUID> voided = new ArrayList<>(targets);
		voided.addAll(store.alreadyVoided(organisationId, ids));
		store.voidStatements(organisationId, voided);
	}

	/**
	 * xAPI's filter conditions for StatementRefs: a statement that targets another is found by whatever finds its
	 * target, recursively. New statements inherit from stored targets; stored statements that target new ones
	 * inherit from them, and so on up the chain.
	 */
	private void followReferences(UUID organisationId, List<NewStatement> fresh, long[] seqs) {
		Map<UUID, Long> seqOf = new LinkedHashMap<>();
		for (int i = 0; i < seqs.length; i++) {
			seqOf.put(fresh.get(i).id(), seqs[i]);
		}
		List<UUID> targets = fresh.stream().map(NewStatement::refTarget).filter(t -> t != null).toList();
		seqOf.putAll(store.seqsOf(organisationId, targets));
		for (int i = 0; i < seqs.length; i++) {
			NewStatement statement = fresh.get(i);
			Long targetSeq = statement.refTarget() == null ? null : seqOf.get(statement.refTarget());
			if (targetSeq != null) {
				store.inheritKeys(targetSeq, new Reference(seqs[i], statement.stored(), statement.refTarget(), statement.id()));
			}
		}
		Deque<UUID> changed = new ArrayDeque<>(seqOf.keySet());
		while (!changed.isEmpty()) {
			List<UUID> round = new ArrayList<>(changed);
			changed.clear();
			for (Reference reference : store.referencing(organisationId, round)) {
				Long targetSeq = seqOf.get(reference.target());
				if (targetSeq != null && store.inheritKeys(targetSeq, reference) > 0) {
					seqOf.put(reference.id(), reference.seq());
					changed.add(reference.id());
				}
			}
		}
	}

}

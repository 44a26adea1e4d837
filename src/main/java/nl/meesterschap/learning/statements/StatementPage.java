package nl.meesterschap.learning.statements;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.learning.statements.StatementQuery.Position;

/** A page of a statement query and, when more statements follow, where the next page starts. */
public record StatementPage(List<StoredStatement> statements, @Nullable Position next) {
}

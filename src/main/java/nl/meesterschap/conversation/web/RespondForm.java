package nl.meesterschap.conversation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The response form (also used for replies and edits). */
public class RespondForm {

	private @Nullable String kind;

	private String body = "";

	private @Nullable UUID parentId;

	private UUID draftId = UUID.randomUUID();

	private String join = "ask";

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body == null ? "" : body;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	public UUID getDraftId() {
		return draftId;
	}

	public void setDraftId(UUID draftId) {
		this.draftId = draftId == null ? UUID.randomUUID() : draftId;
	}

	public String getJoin() {
		return join;
	}

	public void setJoin(String join) {
		this.join = join == null ? "ask" : join;
	}

}

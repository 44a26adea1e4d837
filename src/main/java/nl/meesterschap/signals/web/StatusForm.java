package nl.meesterschap.signals.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The policy side's answer form: the next status, the public response and, for ADOPTED, the koers link. */
public class StatusForm {

	private UUID draftId = UUID.randomUUID();

	private @Nullable String status;

	private String response = "";

	private @Nullable Integer koersVersion;

	private @Nullable String principle;

	public UUID getDraftId() {
		return draftId;
	}

	public void setDraftId(@Nullable UUID draftId) {
		this.draftId = draftId == null ? UUID.randomUUID() : draftId;
	}

	public @Nullable String getStatus() {
		return status;
	}

	public void setStatus(@Nullable String status) {
		this.status = status;
	}

	public String getResponse() {
		return response;
	}

	public void setResponse(@Nullable String response) {
		this.response = response == null ? "" : response;
	}

	public @Nullable Integer getKoersVersion() {
		return koersVersion;
	}

	public void setKoersVersion(@Nullable Integer koersVersion) {
		this.koersVersion = koersVersion;
	}

	public @Nullable String getPrinciple() {
		return principle;
	}

	public void setPrinciple(@Nullable String principle) {
		this.principle = principle;
	}

}

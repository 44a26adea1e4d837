package nl.meesterschap.circles.web;

import nl.meesterschap.circles.internal.CircleService;

/** Starting a circle: its name, kind, what it is about, and optionally the network its members come from. */
public class CircleForm {

	private String name = "";

	private String kind = "INTERVISION";

	private String description = "";

	private String networkId = "";

	CircleService.CircleInput input() {
		return new CircleService.CircleInput(name, kind, description, Forms.uuid(networkId));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getNetworkId() {
		return networkId;
	}

	public void setNetworkId(String networkId) {
		this.networkId = networkId;
	}

}

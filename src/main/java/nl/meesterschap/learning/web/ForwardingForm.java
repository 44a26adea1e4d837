package nl.meesterschap.learning.web;

/** The forwarding form on Beheer › Leerregistraties › Doorsturen. The password is never filled in again. */
public class ForwardingForm {

	private String endpoint = "";

	private String username = "";

	private String password = "";

	private String xapiVersion = "2.0.0";

	private boolean enabled = true;

	public String getEndpoint() {
		return endpoint;
	}

	public void setEndpoint(String endpoint) {
		this.endpoint = endpoint;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getXapiVersion() {
		return xapiVersion;
	}

	public void setXapiVersion(String xapiVersion) {
		this.xapiVersion = xapiVersion;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}

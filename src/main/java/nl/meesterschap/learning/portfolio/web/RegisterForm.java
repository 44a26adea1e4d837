package nl.meesterschap.learning.portfolio.web;

/** The register and the start of the current period. */
public class RegisterForm {

	private String register = "NONE";

	private String periodStart = "";

	public String getRegister() {
		return register;
	}

	public void setRegister(String register) {
		this.register = register;
	}

	public String getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(String periodStart) {
		this.periodStart = periodStart;
	}

}

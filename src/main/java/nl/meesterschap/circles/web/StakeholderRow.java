package nl.meesterschap.circles.web;

/** One stakeholder in the dilemma method: who, what matters to them (values), what they must or may do (norms). */
public class StakeholderRow {

	private String name = "";

	private String values = "";

	private String norms = "";

	public StakeholderRow() {
	}

	StakeholderRow(String name, String values, String norms) {
		this.name = name;
		this.values = values;
		this.norms = norms;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getValues() {
		return values;
	}

	public void setValues(String values) {
		this.values = values;
	}

	public String getNorms() {
		return norms;
	}

	public void setNorms(String norms) {
		this.norms = norms;
	}

}

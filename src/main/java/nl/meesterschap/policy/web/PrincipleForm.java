package nl.meesterschap.policy.web;

import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.PrincipleInput;

/** The editor's form for adding or changing a principle; examples are typed one per line. */
public class PrincipleForm {

	private String code = "";

	private String title = "";

	private String domain = "";

	private String explanation = "";

	private String inPractice = "";

	private String examples = "";

	static PrincipleForm of(Principle principle) {
		PrincipleForm form = new PrincipleForm();
		form.code = principle.code();
		form.title = principle.title();
		form.domain = principle.domain() == null ? "" : principle.domain().name();
		form.explanation = principle.explanation();
		form.inPractice = principle.inPractice();
		form.examples = String.join("\n", principle.examples());
		return form;
	}

	PrincipleInput input() {
		return new PrincipleInput(code, title, domain, explanation, inPractice, examples);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDomain() {
		return domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public String getInPractice() {
		return inPractice;
	}

	public void setInPractice(String inPractice) {
		this.inPractice = inPractice;
	}

	public String getExamples() {
		return examples;
	}

	public void setExamples(String examples) {
		this.examples = examples;
	}

}

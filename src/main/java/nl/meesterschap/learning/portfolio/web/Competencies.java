package nl.meesterschap.learning.portfolio.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.learning.portfolio.CompetencyCatalogue.Framework;
import nl.meesterschap.learning.portfolio.Portfolio;

/** Names of competencies for pages, exports and the API, and the choices on the forms ("FRAMEWORK:code"). */
@Component("portfolioCompetencies")
class Competencies {

	private final Portfolio portfolio;

	Competencies(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	Names names(UUID personId, Locale locale) {
		Map<String, String> names = new HashMap<>();
		Map<String, String> frameworks = new HashMap<>();
		for (Framework f : portfolio.frameworks(personId)) {
			frameworks.put(f.code(), f.name().in(locale));
			f.competencies().forEach(c -> names.put(f.code() + ":" + c.code(), c.code() + ". " + c.name().in(locale)));
		}
		return new Names(names, frameworks);
	}

	/** The option groups of a competency select: one per framework. */
	List<Group> choices(UUID personId, Locale locale) {
		return portfolio.frameworks(personId)
			.stream()
			.map(f -> new Group(f.name().in(locale), f.competencies()
				.stream()
				.map(c -> new Choice(f.code() + ":" + c.code(), c.code() + ". " + c.name().in(locale)))
				.toList()))
			.toList();
	}

	public record Names(Map<String, String> competencies, Map<String, String> frameworks) {

		public String of(String framework, String competency) {
			return competencies.getOrDefault(framework + ":" + competency, framework + " " + competency);
		}

		public String framework(String code) {
			return frameworks.getOrDefault(code, code);
		}

	}

	public record Group(String label, List<Choice> choices) {
	}

	public record Choice(String value, String label) {
	}

}

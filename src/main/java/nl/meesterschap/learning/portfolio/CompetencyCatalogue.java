package nl.meesterschap.learning.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Competency frameworks from {@code learning/competencies/*.json}: Movisie's seven of the neighbourhood professional,
 * the ten Wmo competencies, and any organisation's own set (a file whose {@code organisation} is the organisation's
 * slug; only its members see it).
 */
@Component
public class CompetencyCatalogue {

	private final List<Framework> frameworks;

	CompetencyCatalogue(JsonMapper json) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:learning/competencies/*.json");
			Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
			this.frameworks = Arrays.stream(files).map(file -> {
				try (InputStream in = file.getInputStream()) {
					return json.readValue(in, FrameworkJson.class).framework();
				}
				catch (IOException e) {
					throw new UncheckedIOException("Cannot read " + file, e);
				}
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list learning/competencies", e);
		}
	}

	/** The standard frameworks and those of the organisation with this slug. */
	public List<Framework> forOrganisation(@Nullable String organisationSlug) {
		return frameworks.stream()
			.filter(f -> f.organisation() == null || f.organisation().equals(organisationSlug))
			.toList();
	}

	public Optional<Framework> find(String code, @Nullable String organisationSlug) {
		return forOrganisation(organisationSlug).stream().filter(f -> f.code().equals(code)).findFirst();
	}

	/** A framework of competencies; {@code organisation} is null for the standard ones. */
	public record Framework(String code, Localized name, String source, @Nullable String organisation,
			List<Competency> competencies) {

		public Optional<Competency> competency(String code) {
			return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
		}

	}

	public record Competency(String code, Localized name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FrameworkJson(String code, Map<String, String> name, String source, @Nullable String organisation,
			List<Map<String, String>> competencies) {

		Framework framework() {
			return new Framework(code, new Localized(name), source, organisation, competencies.stream()
				.map(c -> new Competency(c.get("code"), new Localized(Map.of("nl", c.get("nl"), "en", c.get("en")))))
				.toList());
		}

	}

}

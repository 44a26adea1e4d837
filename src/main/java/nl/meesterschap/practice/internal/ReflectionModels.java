package nl.meesterschap.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The reflection models the editor offers (STARR, Korthagen, dilemma, free), from data. */
@Component
public class ReflectionModels {

	private final List<ReflectionModel> models;

	ReflectionModels(JsonMapper json) throws IOException {
		try (InputStream in = new ClassPathResource("practice/reflection-models.json").getInputStream()) {
			this.models = List.copyOf(json.readValue(in, File.class).models());
		}
	}

	public List<ReflectionModel> all() {
		return models;
	}

	/** By code or alias, in any letter case (ALACT is Korthagen). */
	public Optional<ReflectionModel> find(String codeOrAlias) {
		String wanted = codeOrAlias.strip().toUpperCase(Locale.ROOT);
		return models.stream()
			.filter(m -> m.code().equals(wanted) || m.aliases().contains(wanted))
			.findFirst();
	}

	public ReflectionModel get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown reflection model " + code));
	}

	record File(List<ReflectionModel> models) {
	}

}

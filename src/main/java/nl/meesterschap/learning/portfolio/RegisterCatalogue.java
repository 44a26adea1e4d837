package nl.meesterschap.learning.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The registers and their re-registration norms, read from {@code learning/registers.json}: data with a source and
 * the date someone last checked it there, so a changed norm is an edit of that file, not of code.
 */
@Component
public class RegisterCatalogue {

	static final String FILE = "learning/registers.json";

	private final List<Register> registers;

	RegisterCatalogue(JsonMapper json) {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			this.registers = json.readValue(in, FileJson.class).registers().stream().map(RegisterJson::register).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + FILE, e);
		}
	}

	public List<Register> all() {
		return registers;
	}

	public Optional<Register> find(String code) {
		return registers.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** A register with its period, the shortest meeting that counts, and a norm per category. */
	public record Register(String code, Localized name, int periodYears, int minimumSessionMinutes, String source,
			@Nullable LocalDate verifiedOn, Localized note, List<Norm> norms) {

		public Optional<Norm> norm(Category category) {
			return norms.stream().filter(n -> n.category() == category).findFirst();
		}

	}

	/** What a register asks for one category in a period; a null minimum or maximum means none is known. */
	public record Norm(Category category, @Nullable Integer minimumHours, @Nullable Integer maximumHours, String source,
			@Nullable LocalDate verifiedOn, Localized note) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FileJson(List<RegisterJson> registers) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RegisterJson(String code, Map<String, String> name, int periodYears, int minimumSessionMinutes, String source,
			@Nullable LocalDate verifiedOn, Map<String, String> note, List<NormJson> norms) {

		Register register() {
			return new Register(code, new Localized(name), periodYears, minimumSessionMinutes, source, verifiedOn,
					new Localized(note), norms.stream().map(NormJson::norm).toList());
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record NormJson(Category category, @Nullable Integer minimumHours, @Nullable Integer maximumHours, String source,
			@Nullable LocalDate verifiedOn, Map<String, String> note) {

		Norm norm() {
			return new Norm(category, minimumHours, maximumHours, source, verifiedOn, new Localized(note));
		}

	}

}

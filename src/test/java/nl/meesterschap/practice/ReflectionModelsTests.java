package nl.meesterschap.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.meesterschap.practice.internal.ReflectionModel;
import nl.meesterschap.practice.internal.ReflectionModels;

import tools.jackson.databind.json.JsonMapper;

class ReflectionModelsTests {

	private final ReflectionModels models = TestModels.load();

	@Test
	void the_four_models_have_the_step_keys_of_the_api_contract() {
		assertThat(models.get("STARR").stepKeys()).containsExactly("situation", "task", "action", "result", "reflection");
		assertThat(models.get("KORTHAGEN").stepKeys())
			.containsExactly("action", "lookingBack", "awareness", "alternatives", "trial");
		assertThat(models.get("DILEMMA").stepKeys()).containsExactly("situation", "moralQuestion", "optionA", "harmA",
				"optionB", "harmB", "values", "choice");
		assertThat(models.get("FREE").stepKeys()).containsExactly("text");
	}

	@Test
	void alact_is_korthagen_in_any_letter_case() {
		assertThat(models.find("alact")).map(ReflectionModel::code).hasValue("KORTHAGEN");
		assertThat(models.find("Starr")).isPresent();
		assertThat(models.find("KOLB")).isEmpty();
	}

	@Test
	void every_step_has_dutch_and_english_guiding_questions() {
		for (ReflectionModel model : models.all()) {
			for (ReflectionModel.Step step : model.steps()) {
				assertThat(step.questions(Locale.forLanguageTag("nl"))).as(model.code() + "." + step.key()).isNotEmpty();
				assertThat(step.questions(Locale.ENGLISH)).as(model.code() + "." + step.key()).isNotEmpty();
				assertThat(step.title(Locale.forLanguageTag("nl"))).isNotBlank();
			}
		}
	}

	/** Loads the models as the application does. */
	static final class TestModels {

		static ReflectionModels load() {
			try {
				var constructor = ReflectionModels.class.getDeclaredConstructor(JsonMapper.class);
				constructor.setAccessible(true);
				return constructor.newInstance(JsonMapper.builder().build());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}

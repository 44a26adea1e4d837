package nl.meesterschap.privacy.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WordListsTests {

	private final WordLists lists = WordLists.standard();

	@Test
	void the_shipped_lists_hold_several_hundred_names() {
		assertThat(lists.firstNames()).hasSizeGreaterThan(500).contains("fatima", "daan", "mehmet", "piotr", "yonas");
		assertThat(lists.surnames()).hasSizeGreaterThan(300).contains("jansen", "yılmaz", "amrani", "kowalski");
		assertThat(lists.ambiguousFirstNames()).contains("roos", "mark", "hoop", "sterre", "jade", "kim", "noor");
	}

	@Test
	void a_first_name_is_either_plain_or_ambiguous_never_both() {
		Set<String> both = new HashSet<>(lists.firstNames());
		both.retainAll(lists.ambiguousFirstNames());
		assertThat(both).isEmpty();
	}

	@Test
	void no_common_word_is_listed_as_a_plain_first_name() {
		Set<String> both = new HashSet<>(lists.firstNames());
		both.retainAll(lists.commonWords());
		assertThat(both).isEmpty();
	}

	@Test
	void lookups_ignore_case_because_entries_are_lower_case() {
		assertThat(WordLists.lower("Mevrouw YILMAZ", 8, 14)).isEqualTo("yilmaz");
		assertThat(lists.isSurname("yilmaz")).isTrue();
		assertThat(lists.firstNames()).allSatisfy(name -> assertThat(name).isLowerCase());
	}

	@Test
	void comments_and_blank_lines_are_skipped() {
		assertThat(lists.firstNames()).noneMatch(name -> name.startsWith("#") || name.isBlank());
	}

	@Test
	void a_missing_list_is_reported() {
		assertThatIllegalStateException().isThrownBy(() -> WordLists.read("no-such-list.txt"))
			.withMessageContaining("no-such-list.txt");
	}

}

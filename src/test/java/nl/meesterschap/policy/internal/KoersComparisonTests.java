package nl.meesterschap.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.internal.WordDiff.Kind;
import nl.meesterschap.policy.internal.WordDiff.Segment;

/** Comparing two versions: what was added, reworded and removed, and the changed words. */
class KoersComparisonTests {

	private final Principle regie = principle("P1", "Eigen regie voorop", null);

	private final Principle licht = principle("P2", "Zo licht als mogelijk", null);

	private final Principle thuis = principle("P8", "Thuis opgroeien waar het kan", Domain.JEUGD);

	@Test
	void added_reworded_and_removed_principles_are_told_apart() {
		Principle steun = new Principle("P1", "Eigen regie voorop, met steun waar dat nodig is", null,
				regie.explanation(), regie.inPractice(), regie.examples());
		Principle vertrouwen = principle("P11", "Uitgaan van vertrouwen", null);

		KoersComparison changes = KoersComparison.between(List.of(regie, licht, thuis), List.of(steun, thuis, vertrouwen));

		assertThat(changes.addedCodes()).containsExactly("P11");
		assertThat(changes.rewordedCodes()).containsExactly("P1");
		assertThat(changes.removedCodes()).containsExactly("P2");
		assertThat(changes.reworded().get(0).fields()).extracting(KoersComparison.FieldChange::field)
			.containsExactly("title");
		assertThat(changes.reworded().get(0).domainChanged()).isFalse();
		assertThat(changes.isEmpty()).isFalse();
	}

	@Test
	void a_new_order_alone_changes_nothing() {
		assertThat(KoersComparison.between(List.of(regie, licht), List.of(licht, regie)).isEmpty()).isTrue();
	}

	@Test
	void a_changed_domain_or_example_counts_as_reworded() {
		Principle moved = new Principle("P8", thuis.title(), Domain.WMO, thuis.explanation(), thuis.inPractice(),
				thuis.examples());
		Principle newExample = new Principle("P2", licht.title(), null, licht.explanation(), licht.inPractice(),
				List.of("Eerste voorbeeld", "Een nieuw tweede voorbeeld"));

		KoersComparison changes = KoersComparison.between(List.of(licht, thuis), List.of(newExample, moved));

		assertThat(changes.rewordedCodes()).containsExactly("P2", "P8");
		assertThat(changes.reworded().get(0).fields()).isEmpty();
		assertThat(changes.reworded().get(0).examples()).hasSize(2);
		assertThat(changes.reworded().get(1).domainChanged()).isTrue();
	}

	@Test
	void the_word_diff_marks_only_the_words_that_changed() {
		List<Segment> segments = WordDiff.of("Eigen regie voorop", "Eigen regie voorop, met steun waar dat nodig is");

		assertThat(segments).containsExactly(new Segment("Eigen regie voorop", Kind.SAME),
				new Segment(", met steun waar dat nodig is", Kind.INSERTED));
	}

	@Test
	void a_replaced_phrase_reads_as_one_deletion_and_one_insertion() {
		List<Segment> segments = WordDiff.of("We gaan uit van wat iemand zelf kan.",
				"We gaan uit van wat iemand nu aankan.");

		assertThat(segments).containsExactly(new Segment("We gaan uit van wat iemand ", Kind.SAME),
				new Segment("zelf kan", Kind.DELETED), new Segment("nu aankan", Kind.INSERTED),
				new Segment(".", Kind.SAME));
	}

	@Test
	void the_segments_together_give_back_both_texts() {
		String before = "Vraag eerst wat de inwoner zelf wil bereiken, voordat je een oplossing bedenkt.";
		String after = "Vraag niet alleen wat iemand wil, maar ook wat iemand nu aankan.";
		List<Segment> segments = WordDiff.of(before, after);

		assertThat(text(segments, Kind.INSERTED)).isEqualTo(after);
		assertThat(text(segments, Kind.DELETED)).isEqualTo(before);
	}

	@Test
	void examples_are_compared_line_by_line() {
		List<List<Segment>> lines = WordDiff.lines(List.of("Eén", "Twee regels tekst", "Drie"),
				List.of("Eén", "Twee regels nieuwe tekst", "Vier"));

		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).containsExactly(new Segment("Eén", Kind.SAME));
		assertThat(lines.get(1)).contains(new Segment("nieuwe ", Kind.INSERTED));
		assertThat(lines.get(2)).containsExactly(new Segment("Drie", Kind.DELETED), new Segment("Vier", Kind.INSERTED));
	}

	@Test
	void html_in_a_text_stays_plain_text_in_the_segments() {
		assertThat(WordDiff.of("Veilig", "Veilig <script>alert(1)</script>"))
			.contains(new Segment(" <script>alert(1)</script>", Kind.INSERTED));
	}

	/** The text a reader of one side sees: the same parts plus that side's changes. */
	private static String text(List<Segment> segments, Kind side) {
		return segments.stream()
			.filter(s -> s.kind() == Kind.SAME || s.kind() == side)
			.map(Segment::text)
			.reduce("", String::concat);
	}

	private static Principle principle(String code, String title, Domain domain) {
		return new Principle(code, title, domain, "Uitleg bij " + title + ".", "In de praktijk.", List.of("Voorbeeld"));
	}

}

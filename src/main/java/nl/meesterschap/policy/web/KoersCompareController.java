package nl.meesterschap.policy.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.People;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.internal.KoersComparison;
import nl.meesterschap.policy.internal.WordDiff;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * What changed between two published versions ({@code ?van=1&naar=2}; by default the latest and the one before):
 * principles added, removed and reworded, with the changed words marked.
 */
@Controller
class KoersCompareController {

	private final Koersen koersen;

	private final People people;

	KoersCompareController(Koersen koersen, People people) {
		this.koersen = koersen;
		this.people = people;
	}

	@GetMapping("/koers/{slug}/vergelijk")
	String compare(@PathVariable String slug, @RequestParam(required = false) @Nullable String van,
			@RequestParam(required = false) @Nullable String naar, Model model) {
		List<KoersVersion> versions = koersen
			.versions(people.organisationBySlug(slug).orElseThrow(ItemNotFoundException::new).id());
		if (versions.isEmpty()) {
			throw new ItemNotFoundException();
		}
		KoersVersion to = blank(naar) ? versions.get(0) : KoersController.find(versions, naar);
		KoersVersion from = blank(van) ? before(versions, to) : KoersController.find(versions, van);
		model.addAttribute("koers", versions.get(0));
		model.addAttribute("versions", versions);
		model.addAttribute("to", to);
		model.addAttribute("from", from);
		if (from != null && from.version() != to.version()) {
			model.addAttribute("changes", KoersComparison.between(from.principles(), to.principles()));
			model.addAttribute("vision", from.vision().equals(to.vision()) ? List.of()
					: WordDiff.lines(paragraphs(from.vision()), paragraphs(to.vision())));
			model.addAttribute("changeNote", Paragraphs.of(to.changeNote()));
		}
		return "policy/compare";
	}

	private static @Nullable KoersVersion before(List<KoersVersion> newestFirst, KoersVersion version) {
		int index = newestFirst.indexOf(version);
		return index + 1 < newestFirst.size() ? newestFirst.get(index + 1) : null;
	}

	private static List<String> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(p -> Paragraphs.plain(p.strip())).toList();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

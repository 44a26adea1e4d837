package nl.meesterschap.policy.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.KoersVersionPanel;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.PrinciplePanel;
import nl.meesterschap.policy.internal.KoersEditing;
import nl.meesterschap.policy.internal.PrincipleReads;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The published koers for everyone signed in: the current version, one principle (with what other modules show
 * about it in practice), and earlier versions. Koersen are public policy, so any organisation's can be read.
 */
@Controller
@RequestMapping("/koers")
class KoersController {

	private final Koersen koersen;

	private final KoersEditing editing;

	private final People people;

	private final ObjectProvider<PrinciplePanel> panels;

	private final ObjectProvider<KoersVersionPanel> versionPanels;

	private final PrincipleReads reads;

	KoersController(Koersen koersen, KoersEditing editing, People people, ObjectProvider<PrinciplePanel> panels,
			ObjectProvider<KoersVersionPanel> versionPanels, PrincipleReads reads) {
		this.koersen = koersen;
		this.editing = editing;
		this.people = people;
		this.panels = panels;
		this.versionPanels = versionPanels;
		this.reads = reads;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		Optional<KoersVersion> applicable = koersen.applicableTo(people.viewer(me.personId()));
		if (applicable.isPresent()) {
			return "redirect:/koers/" + applicable.get().organisationSlug();
		}
		model.addAttribute("others", people.organisations().stream()
			.map(organisation -> koersen.current(organisation.id()))
			.flatMap(Optional::stream)
			.toList());
		model.addAttribute("own", people.organisation(me.organisationId()).orElseThrow());
		model.addAttribute("editor", editing.mayEdit(me.personId(), me.organisationId()));
		return "policy/none";
	}

	@GetMapping("/{slug}")
	String current(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		OrganisationSummary organisation = organisation(slug);
		boolean editor = editing.mayEdit(me.personId(), organisation.id());
		Optional<KoersVersion> current = koersen.current(organisation.id());
		if (current.isEmpty()) {
			if (editor) {
				return "redirect:/koers/" + slug + "/concept";
			}
			throw new ItemNotFoundException();
		}
		OrganisationSummary own = people.organisation(me.organisationId()).orElseThrow();
		boolean ownToStart = !own.id().equals(organisation.id()) && editing.mayEdit(me.personId(), own.id())
				&& koersen.current(own.id()).isEmpty();
		model.addAttribute("ownToStart", ownToStart ? own : null);
		model.addAttribute("editor", editor);
		model.addAttribute("hasEarlier", koersen.versions(organisation.id()).size() > 1);
		model.addAttribute("draft", editor ? editing.draft(me.personId(), slug).orElse(null) : null);
		return show(current.get(), me, model, "policy/koers");
	}

	@GetMapping("/{slug}/principes/{code}")
	String principle(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String code, Model model) {
		List<KoersVersion> versions = versions(slug);
		KoersVersion koers = versions.get(0);
		Principle principle = koers.principle(code).orElseThrow(ItemNotFoundException::new);
		Viewer viewer = people.viewer(me.personId());
		model.addAttribute("koers", koers);
		model.addAttribute("principle", principle);
		model.addAttribute("history", PrincipleHistory.of(versions, code));
		model.addAttribute("panels", panels.orderedStream()
			.sorted(Comparator.comparingInt(PrinciplePanel::order))
			.flatMap(panel -> panel.data(koers.organisationId(), code, viewer)
				.map(data -> new PanelView(panel.template(), data))
				.stream())
			.toList());
		reads.opened(me.personId(), koers, principle);
		return "policy/principle";
	}

	@GetMapping("/{slug}/versies")
	String versions(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug, Model model) {
		List<KoersVersion> versions = versions(slug);
		Viewer viewer = people.viewer(me.personId());
		model.addAttribute("koers", versions.get(0));
		model.addAttribute("versions", IntStream.range(0, versions.size())
			.mapToObj(i -> new VersionItem(versions.get(i), Paragraphs.of(versions.get(i).changeNote()),
					i + 1 < versions.size() ? versions.get(i + 1).version() : null,
					versionPanels(versions.get(i), viewer)))
			.toList());
		return "policy/versions";
	}

	@GetMapping("/{slug}/versies/{number}")
	String version(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable String slug,
			@PathVariable String number, Model model) {
		List<KoersVersion> versions = versions(slug);
		KoersVersion version = find(versions, number);
		if (version.version() == versions.get(0).version()) {
			return "redirect:/koers/" + slug;
		}
		model.addAttribute("current", versions.get(0));
		return show(version, me, model, "policy/version");
	}

	private String show(KoersVersion koers, AuthenticatedPerson me, Model model, String view) {
		model.addAttribute("versionPanels", versionPanels(koers, people.viewer(me.personId())));
		model.addAttribute("koers", koers);
		model.addAttribute("vision", Paragraphs.of(koers.vision()));
		model.addAttribute("changeNote", Paragraphs.of(koers.changeNote()));
		model.addAttribute("groups", DomainGroup.of(koers.principles()));
		return view;
	}

	/** What other modules show about this version (the signals that led to it, ...). */
	private List<PanelView> versionPanels(KoersVersion koers, Viewer viewer) {
		return versionPanels.orderedStream()
			.sorted(Comparator.comparingInt(KoersVersionPanel::order))
			.flatMap(panel -> panel.data(koers.organisationId(), koers.version(), viewer)
				.map(data -> new PanelView(panel.template(), data))
				.stream())
			.toList();
	}

	private OrganisationSummary organisation(String slug) {
		return people.organisationBySlug(slug).orElseThrow(ItemNotFoundException::new);
	}

	/** Published versions, newest first; never empty (404 when there are none). */
	private List<KoersVersion> versions(String slug) {
		List<KoersVersion> versions = koersen.versions(organisation(slug).id());
		if (versions.isEmpty()) {
			throw new ItemNotFoundException();
		}
		return versions;
	}

	/** The version with this number; anything else (not a number, not published) is not found. */
	static KoersVersion find(List<KoersVersion> versions, String number) {
		return versions.stream()
			.filter(v -> String.valueOf(v.version()).equals(number.strip()))
			.findFirst()
			.orElseThrow(ItemNotFoundException::new);
	}

	record PanelView(String template, Object data) {
	}

	/** A version in the list: its change note, the number of the version before it, and other modules' panels. */
	record VersionItem(KoersVersion version, List<List<Paragraphs.Piece>> changeNote, @Nullable Integer previous,
			List<PanelView> panels) {
	}

}

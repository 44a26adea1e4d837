package nl.meesterschap.digest.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.meesterschap.digest.internal.Editing;
import nl.meesterschap.digest.internal.Reading;
import nl.meesterschap.digest.internal.Subscriptions;
import nl.meesterschap.identity.AuthenticatedPerson;

/**
 * The newsletters a person may read ({@code /nieuwsbrieven}), a digest's archive of sent editions, and each edition
 * as this reader would have received it. Another organisation's digest, or a network or circle the reader is not in,
 * is not found.
 */
@Controller
@RequestMapping("/nieuwsbrieven")
class ArchiveController {

	private final Subscriptions subscriptions;

	private final Reading reading;

	private final Editing editing;

	ArchiveController(Subscriptions subscriptions, Reading reading, Editing editing) {
		this.subscriptions = subscriptions;
		this.reading = reading;
		this.editing = editing;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		List<Subscriptions.Choice> choices = subscriptions.choices(me.personId());
		model.addAttribute("choices", choices);
		model.addAttribute("archives", choices.stream().map(c -> reading.archive(me.personId(), c.digest().id())).toList());
		model.addAttribute("editor", editing.isEditor(me.personId()));
		return "digest/index";
	}

	@GetMapping("/{digestId}")
	String archive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId, Model model) {
		model.addAttribute("archive", reading.archive(me.personId(), digestId));
		model.addAttribute("choice", subscriptions.choices(me.personId()).stream()
			.filter(c -> c.digest().id().equals(digestId))
			.findFirst()
			.orElse(null));
		return "digest/archive";
	}

	@GetMapping("/{digestId}/{editionId}")
	String edition(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID digestId,
			@PathVariable UUID editionId, Model model) {
		model.addAttribute("copy", reading.edition(me.personId(), digestId, editionId));
		return "digest/edition";
	}

}

package nl.meesterschap.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.search.internal.IndexNode;

/**
 * For administrators ({@code /beheer/**} is ADMIN only): this node's index at a glance and a full rebuild with a
 * progress bar. With JavaScript htmx polls the progress; without, the page refreshes itself while it runs.
 */
@Controller
@RequestMapping("/beheer/zoeken")
class SearchAdminController {

	private final IndexNode node;

	SearchAdminController(IndexNode node) {
		this.node = node;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("status", node.status());
		model.addAttribute("progress", node.progress());
		return "search/admin";
	}

	@PostMapping("/opnieuw-opbouwen")
	String rebuild(RedirectAttributes redirect) {
		node.requestRebuild();
		redirect.addFlashAttribute("notice", "search.admin.started");
		return "redirect:/beheer/zoeken";
	}

	@GetMapping("/voortgang")
	String progress(Model model) {
		model.addAttribute("progress", node.progress());
		return "search/admin :: progress";
	}

}

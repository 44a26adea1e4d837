package nl.meesterschap.web.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/** "Mijn overzicht": the home page, made of panels that the modules contribute. */
@Controller
class HomeController {

	private final List<HomePanel> panels;

	HomeController(List<HomePanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal ShellUser user, Model model) {
		model.addAttribute("panels", panels.stream()
			.flatMap(panel -> panel.data(user).map(data -> new PanelView(panel.template(), data)).stream())
			.toList());
		return "web/home";
	}

	record PanelView(String template, Object data) {
	}

}

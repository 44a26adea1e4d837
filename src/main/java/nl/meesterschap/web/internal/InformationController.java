package nl.meesterschap.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages readable without logging in: about the platform and the accessibility statement. */
@Controller
class InformationController {

	@GetMapping("/over")
	String about() {
		return "web/about";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "web/accessibility";
	}

}

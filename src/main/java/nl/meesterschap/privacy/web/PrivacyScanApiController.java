package nl.meesterschap.privacy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** Lets other tools check a text before they share it. Nothing is stored. */
@RestController
@RequestMapping("/api/v1/privacy")
@Tag(name = "privacy", description = "De privacytoets: persoonsgegevens vinden in tekst")
class PrivacyScanApiController {

	static final int MAX_LENGTH = 1_000_000;

	private final PrivacyGuard guard;

	PrivacyScanApiController(PrivacyGuard guard) {
		this.guard = guard;
	}

	@PostMapping("/scan")
	@Operation(operationId = "scanText", summary = "Zoek persoonsgegevens in een tekst",
			description = "Geeft per vondst het soort gegeven, de positie (start inclusief, end exclusief, in tekens), "
					+ "de gevonden tekst en hoe zeker de toets is. Een geldig BSN kan nooit worden vrijgegeven.")
	ScanResult scan(@RequestBody(required = false) @Nullable ScanRequest request) {
		if (request == null || request.text() == null) {
			throw new InvalidInputException("text", "privacy.scan.text-required");
		}
		if (request.text().length() > MAX_LENGTH) {
			throw new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "privacy.scan.text-too-long", MAX_LENGTH);
		}
		return new ScanResult(guard.scan(request.text()).stream().map(FindingView::of).toList());
	}

	record ScanRequest(@Nullable String text) {
	}

	record ScanResult(List<FindingView> findings) {
	}

	record FindingView(FindingType type, int start, int end, String text, double confidence, boolean waivable,
			String placeholder) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.type(), finding.start(), finding.end(), finding.text(), finding.confidence(),
					finding.type().waivable(), finding.type().placeholder());
		}

	}

}

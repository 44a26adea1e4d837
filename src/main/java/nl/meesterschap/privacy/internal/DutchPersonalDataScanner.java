package nl.meesterschap.privacy.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.PersonalDataScanner;

/**
 * Scans Dutch case texts for personal data by running one detector per {@linkplain nl.meesterschap.privacy.FindingType
 * type}. Each detector looks only where its kind of data can start (digits, '@', capitalised words), so a scan stays
 * cheap enough to run on every autosave.
 */
@Component
public class DutchPersonalDataScanner implements PersonalDataScanner {

	private final List<Detector> detectors;

	public DutchPersonalDataScanner() {
		WordLists lists = WordLists.standard();
		this.detectors = List.of(new BsnDetector(), new IbanDetector(), new PhoneDetector(), new EmailDetector(),
				new AddressDetector(lists), new PostcodeDetector(), new DateOfBirthDetector(lists),
				new PersonNameDetector(lists));
	}

	@Override
	public List<Finding> scan(String text) {
		List<Finding> candidates = new ArrayList<>();
		for (Detector detector : detectors) {
			detector.detect(text, candidates);
		}
		return List.copyOf(Overlaps.resolve(candidates));
	}

}

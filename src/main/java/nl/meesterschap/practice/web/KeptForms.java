package nl.meesterschap.practice.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.web.PendingForms;

/** Turns a form kept across an expired session back into story content, over what was stored. */
final class KeptForms {

	private KeptForms() {
	}

	static StoryContent restore(PendingForms.PendingForm kept, StoryContent stored) {
		StoryForm form = new StoryForm();
		Map<String, String> steps = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		kept.fields().forEach((name, values) -> {
			if (name.startsWith("steps[") && name.endsWith("]") && !values.isEmpty()) {
				steps.put(name.substring(6, name.length() - 1), values.get(0));
			}
			if (name.startsWith("principleNotes[") && name.endsWith("]") && !values.isEmpty()) {
				notes.put(name.substring(15, name.length() - 1), values.get(0));
			}
		});
		form.setSteps(steps);
		form.setPrincipleNotes(notes);
		form.setTitle(kept.first("title"));
		form.setTags(kept.first("tags"));
		form.setDiscretionNote(kept.first("discretionNote"));
		form.setAudience(kept.first("audience"));
		if (kept.fields().containsKey("domains")) {
			List<Domain> domains = new ArrayList<>();
			kept.fields().get("domains").forEach(d -> {
				try {
					domains.add(Domain.valueOf(d));
				}
				catch (IllegalArgumentException ignored) {
					// not a domain; leave it out
				}
			});
			form.setDomains(domains);
		}
		if (kept.fields().containsKey("principleCodes")) {
			form.setPrincipleCodes(kept.fields().get("principleCodes"));
		}
		if (kept.fields().containsKey("discretionUsed")) {
			form.setDiscretionUsed("true".equals(kept.first("discretionUsed")));
		}
		return form.over(stored);
	}

}

package nl.meesterschap.practice.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.internal.ReflectionModel;
import nl.meesterschap.practice.internal.ReflectionModels;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;

/** Fills the editor page's model: the form, the model's steps, findings in place and the choices. */
@Component
class EditorModel {

	private final StoryService stories;

	private final ReflectionModels models;

	private final People people;

	private final Koersen koersen;

	private final MessageSource messages;

	EditorModel(StoryService stories, ReflectionModels models, People people, Koersen koersen, MessageSource messages) {
		this.stories = stories;
		this.models = models;
		this.people = people;
		this.koersen = koersen;
		this.messages = messages;
	}

	String render(AuthenticatedPerson me, Story story, StoryContent content, StoryForm form,
			@Nullable BindingResult errors, @Nullable String step, boolean blocked, @Nullable Instant workingCopyAt,
			Model model, Locale locale) {
		Viewer viewer = people.viewer(me.personId());
		ReflectionModel reflection = models.get(story.model());
		List<Principle> principles = koersen.applicableTo(viewer).map(k -> k.principles()).orElse(List.of());
		String current = step != null && (reflection.step(step).isPresent() || step.equals("details")) ? step : null;
		var findings = stories.findingsFor(story.id(), content);
		model.addAttribute("story", story);
		model.addAttribute("reflection", reflection);
		model.addAttribute("form", form);
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("step", current);
		model.addAttribute("view", EditorView.of(reflection, content, findings, current, principles,
				audiences(viewer, locale), blocked, locale));
		model.addAttribute("workingCopyAt", workingCopyAt);
		model.addAttribute("keepPath", "/verhalen/" + story.id() + "/bewerken");
		return "practice/editor";
	}

	private List<EditorView.AudienceOption> audiences(Viewer viewer, Locale locale) {
		List<EditorView.AudienceOption> options = new ArrayList<>();
		options.add(option(Audience.privateToOwner(), "story.audience.PRIVATE", locale));
		people.circlesOf(viewer.personId())
			.forEach(circle -> options.add(option(Audience.circle(circle.id()), "story.audience.CIRCLE", locale,
					circle.name())));
		people.teamsOf(viewer.personId())
			.forEach(team -> options.add(option(Audience.team(team.id()), "story.audience.TEAM", locale, team.name())));
		people.organisation(viewer.organisationId())
			.ifPresent(org -> options.add(option(Audience.organisation(org.id()), "story.audience.ORGANISATION", locale,
					org.name())));
		people.networksOf(viewer.personId())
			.forEach(network -> options.add(option(Audience.network(network.id()), "story.audience.NETWORK", locale,
					network.name())));
		options.add(option(Audience.platform(), "story.audience.PLATFORM", locale));
		return options;
	}

	private EditorView.AudienceOption option(Audience audience, String key, Locale locale, Object... args) {
		return new EditorView.AudienceOption(StoryForm.encode(audience), messages.getMessage(key, args, locale),
				messages.getMessage(key + ".hint", args, locale));
	}

}

package nl.meesterschap.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.practice.StoryPanel;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.internal.StoryQuery;
import nl.meesterschap.practice.internal.StoryConversations;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.PendingForms;
import nl.meesterschap.web.ItemNotFoundException;

/** Reading stories: the recent ones I may see, my own, one story, and its earlier versions. */
@Controller
@RequestMapping("/verhalen")
class StoryController {

	static final int PAGE_SIZE = 20;

	private final StoryService stories;

	private final StoryPresenter presenter;

	private final List<StoryPanel> panels;

	private final Conversations conversations;

	private final PendingForms pendingForms;

	StoryController(StoryService stories, StoryPresenter presenter, List<StoryPanel> panels,
			Conversations conversations, PendingForms pendingForms) {
		this.stories = stories;
		this.presenter = presenter;
		this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(StoryPanel::order)).toList();
		this.conversations = conversations;
		this.pendingForms = pendingForms;
	}

	@GetMapping
	String recent(@AuthenticationPrincipal AuthenticatedPerson me,
			@RequestParam(name = "domein", required = false) @Nullable String domain,
			@RequestParam(name = "principe", required = false) @Nullable String principle,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		Viewer viewer = presenter.viewer(me);
		Optional<KoersVersion> koers = presenter.koers(viewer);
		Domain chosenDomain = parseDomain(domain);
		String chosenPrinciple = principle == null || principle.isBlank() ? null : principle.strip().toUpperCase(Locale.ROOT);
		StoryService.StoryPage result = stories.list(StoryQuery.published(viewer, chosenDomain,
				chosenPrinciple == null ? null : koers.map(KoersVersion::organisationId).orElse(null), chosenPrinciple,
				Math.max(0, page - 1), PAGE_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("cards", presenter.cards(result.stories()));
		model.addAttribute("domain", chosenDomain);
		model.addAttribute("principle", chosenPrinciple);
		model.addAttribute("principles", koers.map(KoersVersion::principles).orElse(java.util.List.of()));
		return "practice/list";
	}

	@GetMapping("/mijn")
	String mine(@AuthenticationPrincipal AuthenticatedPerson me, Model model) {
		Viewer viewer = presenter.viewer(me);
		model.addAttribute("drafts", presenter.cards(stories.list(StoryQuery.own(viewer, StoryStatus.DRAFT, 0, 100)).stories()));
		model.addAttribute("published",
				presenter.cards(stories.list(StoryQuery.own(viewer, StoryStatus.PUBLISHED, 0, 100)).stories()));
		model.addAttribute("archived",
				presenter.cards(stories.list(StoryQuery.own(viewer, StoryStatus.ARCHIVED, 0, 100)).stories()));
		return "practice/mine";
	}

	@GetMapping("/{id}")
	String story(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, HttpSession session,
			Model model, Locale locale) {
		Viewer viewer = presenter.viewer(me);
		Story story = stories.visible(id, viewer).orElseThrow(ItemNotFoundException::new);
		String path = "/verhalen/" + id;
		boolean hidden = stories.hidden(id);
		Optional<String> hiddenFrom = story.published() ? conversations.hiddenFromStep(StoryConversations.KIND, id, viewer)
				: Optional.empty();
		model.addAttribute("story", presenter.detail(story, viewer, locale, hiddenFrom.orElse(null)));
		model.addAttribute("hiddenFrom", hiddenFrom.orElse(null));
		model.addAttribute("moderatorHidden", hidden ? conversations.hiddenReason(StoryConversations.KIND, id).orElse("")
				: null);
		if (story.published() && !hidden) {
			model.addAttribute("thread", conversations.thread(StoryConversations.KIND, id, viewer));
			model.addAttribute("returnPath", path);
			model.addAttribute("hideSteps", presenter.steps(story, locale));
			pendingForms.take(session, path).ifPresent(kept -> {
				model.addAttribute("keptBody", kept.first("body"));
				model.addAttribute("keptKind", kept.first("kind"));
				model.addAttribute("notice", "story.restored");
			});
		}
		model.addAttribute("mine", story.authorId().equals(me.personId()));
		model.addAttribute("panels", story.published() ? panels.stream()
			.flatMap(panel -> panel.data(story.summary(), viewer).map(data -> new PanelView(panel.template(), data)).stream())
			.toList() : List.of());
		if (story.authorId().equals(me.personId())) {
			model.addAttribute("workingCopyAt", stories.editing(me.personId(), id).workingCopySavedAt());
		}
		return "practice/story";
	}

	@GetMapping("/{id}/versies")
	String revisions(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, Model model,
			Locale locale) {
		Story story = stories.owned(me.personId(), id);
		model.addAttribute("story", presenter.detail(story, presenter.viewer(me), locale, null));
		model.addAttribute("revisions", stories.revisions(me.personId(), id));
		model.addAttribute("reflection", stories.model(story));
		return "practice/revisions";
	}

	/** A block of another module under the story. */
	record PanelView(String template, Object data) {
	}

	private static @Nullable Domain parseDomain(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Domain.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}

package nl.meesterschap.practice.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.PrinciplePanel;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.internal.StoryQuery;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/** What practice adds to other pages: my stories on the home page, and "the koers in practice" on a principle. */
@Configuration(proxyBeanMethods = false)
class PracticePanels {

	@Bean
	HomePanel storiesOnHome(StoryService stories, StoryPresenter presenter, People people) {
		return new HomePanel() {

			@Override
			public String template() {
				return "practice/home-panel";
			}

			@Override
			public int order() {
				return 100;
			}

			@Override
			public Optional<Object> data(ShellUser user) {
				Viewer viewer = people.viewer(user.personId());
				List<StoryPresenter.Card> drafts = presenter
					.cards(stories.list(StoryQuery.own(viewer, StoryStatus.DRAFT, 0, 3)).stories());
				StoryService.StoryPage recent = stories.list(StoryQuery.published(viewer, null, null, null, 0, 4));
				return Optional.of(new HomeData(drafts, presenter.cards(recent.stories().stream()
					.filter(s -> !s.authorId().equals(user.personId()))
					.limit(3)
					.toList()), recent.total()));
			}

		};
	}

	@Bean
	PrinciplePanel storiesOnPrinciple(StoryService stories, StoryPresenter presenter) {
		return new PrinciplePanel() {

			@Override
			public String template() {
				return "practice/principle-panel";
			}

			@Override
			public int order() {
				return 100;
			}

			@Override
			public Optional<Object> data(UUID koersOrganisationId, String code, Viewer viewer) {
				StoryService.StoryPage linked = stories
					.list(StoryQuery.published(viewer, null, koersOrganisationId, code, 0, 20));
				return Optional.of(new PrincipleData(code, presenter.cards(linked.stories()), linked.total()));
			}

		};
	}

	record HomeData(List<StoryPresenter.Card> drafts, List<StoryPresenter.Card> recent, long visibleCount) {
	}

	record PrincipleData(String code, List<StoryPresenter.Card> stories, long total) {
	}

}

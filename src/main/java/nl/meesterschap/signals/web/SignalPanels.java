package nl.meesterschap.signals.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersionPanel;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.PrinciplePanel;
import nl.meesterschap.practice.StoryPanel;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.signals.SignalStatus;
import nl.meesterschap.signals.internal.Deadlines;
import nl.meesterschap.signals.internal.SignalAccess;
import nl.meesterschap.signals.internal.SignalLookup;
import nl.meesterschap.signals.internal.SignalQuery;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalVersions;
import nl.meesterschap.signals.internal.SignalView.Card;
import nl.meesterschap.web.HomePanel;
import nl.meesterschap.web.ShellUser;

/**
 * What signals adds to other pages: under a story "Signaal geven aan beleid", on a principle "Signalen over dit
 * principe", on a koers version "Veranderd door signalen uit de praktijk", and a home panel (signals waiting for
 * an answer for the policy side, one's own signals for everyone else).
 */
@Configuration(proxyBeanMethods = false)
class SignalPanels {

	@Bean
	StoryPanel raiseFromStory(SignalReader reader, Koersen koersen) {
		return new StoryPanel() {

			@Override
			public String template() {
				return "signals/story-panel";
			}

			@Override
			public int order() {
				return 200;
			}

			@Override
			public Optional<Object> data(StorySummary story, Viewer viewer) {
				if (koersen.applicableTo(viewer).isEmpty()) {
					return Optional.empty();
				}
				return Optional.of(new StoryData(story.id(), story.authorId().equals(viewer.personId()),
						reader.citing(story.id(), viewer)));
			}

		};
	}

	@Bean
	PrinciplePanel signalsOnPrinciple(SignalReader reader, SignalAccess access) {
		return new PrinciplePanel() {

			@Override
			public String template() {
				return "signals/principle-panel";
			}

			@Override
			public int order() {
				return 150;
			}

			@Override
			public Optional<Object> data(UUID koersOrganisationId, String code, Viewer viewer) {
				SignalReader.Page page = reader.page(SignalQuery.visibleTo(access.reader(viewer), 0, 10)
					.principle(koersOrganisationId, code)
					.sorted(SignalQuery.Sort.RECOGNITION), viewer);
				return Optional.of(new PrincipleData(code, page.cards(), page.total()));
			}

		};
	}

	@Bean
	KoersVersionPanel signalsOnVersion(SignalReader reader, SignalVersions versions) {
		return new KoersVersionPanel() {

			@Override
			public String template() {
				return "signals/version-panel";
			}

			@Override
			public int order() {
				return 100;
			}

			@Override
			public Optional<Object> data(UUID koersOrganisationId, int version, Viewer viewer) {
				List<Card> adopted = reader.cards(versions.adoptedInto(koersOrganisationId, version, viewer), viewer);
				return adopted.isEmpty() ? Optional.empty() : Optional.of(new VersionData(version, adopted));
			}

		};
	}

	@Bean
	HomePanel signalsOnHome(SignalReader reader, SignalAccess access, SignalLookup lookup, Deadlines deadlines) {
		return new HomePanel() {

			@Override
			public String template() {
				return "signals/home-panel";
			}

			@Override
			public int order() {
				return 150;
			}

			@Override
			public Optional<Object> data(ShellUser user) {
				Viewer viewer = lookup.viewer(user.personId());
				SignalAccess.Reader signalReader = access.reader(viewer);
				if (!signalReader.triagedOrganisations().isEmpty()) {
					SignalQuery waiting = SignalQuery.visibleTo(signalReader, 0, 5)
						.filter(List.of(SignalStatus.RECEIVED, SignalStatus.IN_CONSIDERATION), null, null)
						.answeredBy(viewer.organisationId())
						.sorted(SignalQuery.Sort.OLDEST);
					SignalReader.Page page = reader.page(waiting, viewer);
					long overdue = reader.page(waiting.overdueOnly(deadlines.overdueCutoff()), viewer).total();
					return Optional.of(new HomeData(true, page.cards(), page.total(), overdue));
				}
				SignalReader.Page mine = reader.page(SignalQuery.visibleTo(signalReader, 0, 3).raisedBy(user.personId()),
						viewer);
				return Optional.of(new HomeData(false, mine.cards(), mine.total(), 0));
			}

		};
	}

	record StoryData(UUID storyId, boolean mine, List<Card> citing) {
	}

	record PrincipleData(String code, List<Card> signals, long total) {
	}

	record VersionData(int version, List<Card> signals) {
	}

	record HomeData(boolean policySide, List<Card> signals, long total, long overdue) {
	}

}

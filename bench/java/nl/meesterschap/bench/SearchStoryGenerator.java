package nl.meesterschap.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic practice stories for the search benchmarks: realistic Dutch case prose (the clean sentences of
 * {@link DutchCaseCorpus}, slots filled), titles made of a person and a situation, one or two domains, tags and
 * principles of the demo koers, spread over three years and over every audience kind of the demo people. Written
 * with plain JDBC batch inserts straight into the practice tables (bench code only: the application itself never
 * writes another module's tables), so they bypass the search feed and the index needs a rebuild afterwards.
 */
final class SearchStoryGenerator {

	private static final String[] PEOPLE = { "Een moeder", "Een vader", "Een jongere", "Een oudere man", "Een oudere vrouw",
			"Een gezin", "Een mantelzorger", "Een statushouder", "Een jongen van zestien", "Een meisje van twaalf",
			"Een alleenstaande vader", "Een buurvrouw", "Een werkzoekende", "Een zzp'er", "Een student", "Een weduwnaar" };

	private static final String[] SITUATIONS = { "met schulden", "die niet meer naar school gaat", "zonder vaste woonplaats",
			"die overbelast raakt", "met een huurachterstand", "die de post niet meer opent", "die hulp afwijst",
			"met een verslaving", "die eenzaam is", "na een scheiding", "met een licht verstandelijke beperking",
			"die werk zoekt", "met een wachtlijst voor de ggz", "die dakloos dreigt te worden", "met geldzorgen",
			"die de taal nog leert", "met een pgb", "na een melding bij Veilig Thuis", "met een traplift-vraag",
			"die uit huis geplaatst dreigt te worden" };

	private static final String[] ENDINGS = { "", "", " en wat ik ervan leerde", ": lichter dan gedacht", " aan de keukentafel",
			", een dilemma", " in de wijk", " en de regels" };

	private static final String[] TAGS = { "schulden", "wachtlijst", "mantelzorg", "jeugdhulp", "wonen", "werk", "taal",
			"eenzaamheid", "veiligheid", "maatwerk", "keukentafelgesprek", "netwerk", "pgb", "dagbesteding", "school",
			"armoede", "ggz", "intervisie", "vertrouwen", "regie" };

	private static final String[] DOMAINS = { "JEUGD", "WMO", "PARTICIPATIE" };

	private static final String[] STEPS = { "situation", "task", "action", "result", "reflection" };

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final List<Author> authors;

	private final UUID koersOrganisation;

	SearchStoryGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, List<Author> authors, UUID koersOrganisation) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.authors = List.copyOf(authors);
		this.koersOrganisation = koersOrganisation;
	}

	/** Inserts {@code count} published stories; returns how many per second were written. */
	double generate(int count, long seed, java.util.function.IntConsumer progress) {
		Random random = new Random(seed);
		Instant now = Instant.now();
		long started = System.nanoTime();
		for (int done = 0; done < count;) {
			int size = Math.min(BATCH, count - done);
			List<Story> batch = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				batch.add(story(random, now));
			}
			transactions.executeWithoutResult(status -> insert(batch));
			done += size;
			progress.accept(done);
		}
		return count / ((System.nanoTime() - started) / 1e9);
	}

	/** A story's title and text as the generator writes them (also used, without a database, by the raw baseline). */
	static Story story(Random random, Instant now, List<Author> authors, UUID koersOrganisation) {
		Author author = authors.get(random.nextInt(authors.size()));
		String title = PEOPLE[random.nextInt(PEOPLE.length)] + " " + SITUATIONS[random.nextInt(SITUATIONS.length)]
				+ ENDINGS[random.nextInt(ENDINGS.length)];
		List<String> steps = new ArrayList<>();
		for (int s = 0; s < STEPS.length; s++) {
			StringBuilder text = new StringBuilder();
			int sentences = 2 + random.nextInt(3);
			for (int n = 0; n < sentences; n++) {
				text.append(DutchCaseCorpus.fill(DutchCaseCorpus.CLEAN.get(random.nextInt(DutchCaseCorpus.CLEAN.size())), random))
					.append(' ');
			}
			steps.add(text.toString().strip());
		}
		List<String> domains = new ArrayList<>(List.of(DOMAINS[random.nextInt(3)]));
		if (random.nextInt(4) == 0) {
			String second = DOMAINS[random.nextInt(3)];
			if (!domains.contains(second)) {
				domains.add(second);
			}
		}
		List<String> tags = new ArrayList<>();
		for (int t = random.nextInt(4); t > 0; t--) {
			String tag = TAGS[random.nextInt(TAGS.length)];
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		List<String> principles = new ArrayList<>();
		for (int p = random.nextInt(3); p > 0; p--) {
			String code = "P" + (1 + random.nextInt(11));
			if (!principles.contains(code)) {
				principles.add(code);
			}
		}
		int audience = random.nextInt(20);
		String kind = audience < 10 ? "PLATFORM" : audience < 15 ? "ORGANISATION" : audience < 18 ? "TEAM" : "NETWORK";
		UUID scope = switch (kind) {
			case "ORGANISATION" -> author.organisationId();
			case "TEAM" -> author.teamId() != null ? author.teamId() : null;
			case "NETWORK" -> author.networkId() != null ? author.networkId() : null;
			default -> null;
		};
		if (!kind.equals("PLATFORM") && scope == null) {
			kind = "ORGANISATION";
			scope = author.organisationId();
		}
		String key = kind.equals("PLATFORM") ? "PLATFORM" : kind + ":" + scope;
		Instant published = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
		return new Story(UUID.randomUUID(), author, title, steps, domains, tags, principles, kind, scope, key, published);
	}

	private Story story(Random random, Instant now) {
		return story(random, now, authors, koersOrganisation);
	}

	private void insert(List<Story> batch) {
		jdbc.batchUpdate("""
				INSERT INTO practice_story (id, author_id, organisation_id, title, model, discretion_used, discretion_note,
				  audience_kind, audience_scope_id, audience_key, status, revision, created_at, updated_at, published_at)
				VALUES (?, ?, ?, ?, 'STARR', FALSE, NULL, ?, ?, ?, 'PUBLISHED', 0, ?, ?, ?)""", batch, batch.size(), (ps, s) -> {
			Timestamp at = Timestamp.from(s.publishedAt());
			ps.setObject(1, s.id());
			ps.setObject(2, s.author().personId());
			ps.setObject(3, s.author().organisationId());
			ps.setString(4, s.title());
			ps.setString(5, s.audienceKind());
			ps.setObject(6, s.audienceScope());
			ps.setString(7, s.audienceKey());
			ps.setTimestamp(8, at);
			ps.setTimestamp(9, at);
			ps.setTimestamp(10, at);
		});
		List<Object[]> steps = new ArrayList<>();
		List<Object[]> domains = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> principles = new ArrayList<>();
		for (Story s : batch) {
			for (int i = 0; i < STEPS.length; i++) {
				steps.add(new Object[] { s.id(), STEPS[i], s.steps().get(i) });
			}
			s.domains().forEach(d -> domains.add(new Object[] { s.id(), d }));
			for (int i = 0; i < s.tags().size(); i++) {
				tags.add(new Object[] { s.id(), s.tags().get(i), i });
			}
			for (int i = 0; i < s.principles().size(); i++) {
				principles.add(new Object[] { s.id(), koersOrganisation, s.principles().get(i), i });
			}
		}
		jdbc.batchUpdate("INSERT INTO practice_story_step (story_id, step_key, content) VALUES (?, ?, ?)", steps);
		jdbc.batchUpdate("INSERT INTO practice_story_domain (story_id, domain) VALUES (?, ?)", domains);
		jdbc.batchUpdate("INSERT INTO practice_story_tag (story_id, tag, position) VALUES (?, ?, ?)", tags);
		jdbc.batchUpdate("INSERT INTO practice_story_principle (story_id, koers_organisation_id, code, note, position) "
				+ "VALUES (?, ?, ?, NULL, ?)", principles);
	}

	/** A demo person who writes stories: their organisation, one of their teams and networks (if any). */
	record Author(UUID personId, UUID organisationId, UUID teamId, UUID networkId) {
	}

	/** One generated story. */
	record Story(UUID id, Author author, String title, List<String> steps, List<String> domains, List<String> tags,
			List<String> principles, String audienceKind, UUID audienceScope, String audienceKey, Instant publishedAt) {

		String body() {
			return String.join("\n\n", steps);
		}

	}

}

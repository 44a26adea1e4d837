package nl.meesterschap.learning.portfolio.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.meesterschap.learning.portfolio.Assessment;

/**
 * Self-assessment over time as small line charts, one per competency, drawn on the server as inline SVG with the
 * same numbers in a table next to it (no script, no chart library). All charts share one time axis, so they line
 * up; the level axis runs from 1 (beginner) to 4 (expert).
 */
public final class AssessmentChart {

	static final int WIDTH = 360;

	static final int HEIGHT = 130;

	static final int LEFT = 44;

	static final int RIGHT = WIDTH - 16;

	static final int TOP = 12;

	static final int BOTTOM = 96;

	private AssessmentChart() {
	}

	/** One chart per competency assessed, in the order they were first assessed. */
	static List<Series> of(List<Assessment> assessments, Competencies.Names names, Locale locale) {
		if (assessments.isEmpty()) {
			return List.of();
		}
		LocalDate first = assessments.stream().map(Assessment::assessedOn).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = assessments.stream().map(Assessment::assessedOn).max(LocalDate::compareTo).orElseThrow();
		Map<String, List<Assessment>> byCompetency = assessments.stream()
			.collect(Collectors.groupingBy(a -> a.framework() + ":" + a.competency(), LinkedHashMap::new,
					Collectors.toList()));
		List<Series> series = new ArrayList<>();
		int index = 0;
		for (List<Assessment> list : byCompetency.values()) {
			Assessment a0 = list.get(0);
			List<Point> points = list.stream()
				.map(a -> new Point(x(a.assessedOn(), first, last), y(a.level()), a.level(), a.assessedOn(), a.note()))
				.toList();
			String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
			series.add(new Series("chart-" + index++, names.of(a0.framework(), a0.competency()),
					names.framework(a0.framework()), points, line, first, last));
		}
		return series;
	}

	static int x(LocalDate date, LocalDate first, LocalDate last) {
		long span = last.toEpochDay() - first.toEpochDay();
		if (span == 0) {
			return (LEFT + RIGHT) / 2;
		}
		return LEFT + (int) Math.round((double) (date.toEpochDay() - first.toEpochDay()) * (RIGHT - LEFT) / span);
	}

	static int y(int level) {
		return BOTTOM - (int) Math.round((double) (level - Assessment.LOWEST) * (BOTTOM - TOP)
				/ (Assessment.HIGHEST - Assessment.LOWEST));
	}

	/** The horizontal grid lines with their height, one per level. */
	public static List<GridLine> grid() {
		return levels().stream().map(level -> new GridLine(level, y(level))).toList();
	}

	public record GridLine(int level, int y) {
	}

	/** The levels, lowest first. */
	public static List<Integer> levels() {
		List<Integer> levels = new ArrayList<>();
		for (int level = Assessment.LOWEST; level <= Assessment.HIGHEST; level++) {
			levels.add(level);
		}
		return levels;
	}

	public record Series(String id, String competency, String framework, List<Point> points, String line, LocalDate first,
			LocalDate last) {

		public Point latest() {
			return points.get(points.size() - 1);
		}

	}

	public record Point(int x, int y, int level, LocalDate date, @org.jspecify.annotations.Nullable String note) {
	}

}

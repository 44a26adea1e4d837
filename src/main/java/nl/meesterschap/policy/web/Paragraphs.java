package nl.meesterschap.policy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Plain text as paragraphs (split on blank lines) of escaped pieces; {@code **strong**} and {@code *emphasis*}
 * become their own pieces, so templates render them with {@code th:text} and no HTML from the text gets through.
 */
final class Paragraphs {

	private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*|\\*(\\S(?:.*?\\S)?)\\*");

	private Paragraphs() {
	}

	static List<List<Piece>> of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(BLANK_LINE.split(text.replace("\r\n", "\n").strip()))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.map(Paragraphs::pieces)
			.toList();
	}

	/** The text without its emphasis marks, for comparing what it says. */
	static String plain(String text) {
		return EMPHASIS.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
				match.group(1) != null ? match.group(1) : match.group(2)));
	}

	private static List<Piece> pieces(String paragraph) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = EMPHASIS.matcher(paragraph);
		int position = 0;
		while (matcher.find()) {
			if (matcher.start() > position) {
				pieces.add(new Piece(paragraph.substring(position, matcher.start()), Style.PLAIN));
			}
			pieces.add(matcher.group(1) != null ? new Piece(matcher.group(1), Style.STRONG)
					: new Piece(matcher.group(2), Style.EMPHASIS));
			position = matcher.end();
		}
		if (position < paragraph.length()) {
			pieces.add(new Piece(paragraph.substring(position), Style.PLAIN));
		}
		return pieces;
	}

	enum Style {
		PLAIN, STRONG, EMPHASIS
	}

	record Piece(String text, Style style) {
	}

}

package nl.meesterschap.learning.portfolio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.learning.portfolio.Activity;
import nl.meesterschap.learning.portfolio.HoursSummary;
import nl.meesterschap.learning.portfolio.Portfolio;
import nl.meesterschap.web.DateFormatting;

/**
 * The exports a professional hands in or shares for re-registration: the activities of the current period as CSV
 * and the whole portfolio as PDF.
 * <p>
 * CSV: UTF-8 with a byte order mark, fields separated by semicolons and numbers with a decimal comma, lines ending
 * in CRLF; this is what Dutch Excel opens correctly with a double click. Text that starts with {@code = + - @} gets
 * a leading apostrophe so a spreadsheet never runs it as a formula.
 * <p>
 * PDF: the Thymeleaf print template {@code learning/portfolio/print} rendered by openhtmltopdf (PDFBox) in the PDF
 * standard font Helvetica with WinAnsi encoding, which has every Dutch letter (ë, é, ï, ü, ĳ as i+j) and the
 * euro sign.
 */
@Component
class PortfolioExport {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Portfolio portfolio;

	private final People people;

	private final Competencies competencies;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final DateFormatting dates;

	private final PortfolioNumbers numbers;

	PortfolioExport(Portfolio portfolio, People people, Competencies competencies, MessageSource messages,
			ITemplateEngine templates, DateFormatting dates, PortfolioNumbers numbers) {
		this.portfolio = portfolio;
		this.people = people;
		this.competencies = competencies;
		this.messages = messages;
		this.templates = templates;
		this.dates = dates;
		this.numbers = numbers;
	}

	byte[] csv(UUID personId, Locale locale) {
		HoursSummary hours = portfolio.hours(personId);
		StringBuilder out = new StringBuilder();
		row(out, List.of(text("portfolio.csv.date", locale), text("portfolio.csv.category", locale),
				text("portfolio.csv.title", locale), text("portfolio.csv.kind", locale),
				text("portfolio.csv.provider", locale), text("portfolio.csv.accreditation", locale),
				text("portfolio.csv.minutes", locale), text("portfolio.csv.hours", locale),
				text("portfolio.csv.source", locale), text("portfolio.csv.certificate", locale)));
		for (Activity a : hours.counted()) {
			row(out, List.of(a.date().toString(), text("portfolio.category." + a.category(), locale), a.title(),
					a.reflectionKind() == null ? "" : text("portfolio.reflection-kind." + a.reflectionKind(), locale),
					nz(a.provider()), nz(a.accreditationId()), Integer.toString(a.minutes()), decimal(a.hours()),
					text("portfolio.source." + a.source(), locale), nz(a.certificateNote())));
		}
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	byte[] pdf(UUID personId, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("person", people.person(personId).map(PersonSummary::displayName).orElse(""));
		context.setVariable("hours", portfolio.hours(personId));
		context.setVariable("goals", portfolio.goals(personId));
		context.setVariable("names", competencies.names(personId, locale));
		context.setVariable("dates", dates);
		context.setVariable("numbers", numbers);
		context.setVariable("today", portfolio.today());
		context.setVariable("locale", locale);
		String html = templates.process("learning/portfolio/print", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String fileName(UUID personId, String extension) {
		String name = people.person(personId).map(PersonSummary::username).orElse("portfolio");
		return "portfolio-" + name.replaceAll("[^A-Za-z0-9_-]", "") + "-" + portfolio.today() + "." + extension;
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static String nz(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** A decimal comma, as Dutch Excel reads numbers. */
	static String decimal(BigDecimal value) {
		return value.toPlainString().replace('.', ',');
	}

	static void row(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
	}

	static String field(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}

package nl.meesterschap.conversation.internal;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown for responses, in a safe subset: paragraphs, emphasis, lists, links and quotes. Raw HTML is escaped
 * by the renderer and the result is sanitised again with the OWASP policy, so a script or a
 * {@code javascript:} link never reaches a page.
 */
@Component
public class Markdown {

	private static final Parser PARSER = Parser.builder()
		.enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
		.build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "em", "strong", "ul", "ol", "li", "blockquote", "br", "code", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	/** Sanitised HTML, safe to put on a page as is. */
	public String html(String markdown) {
		Node document = PARSER.parse(markdown);
		return POLICY.sanitize(HTML.render(document));
	}

	/** Plain text without markup, for search and e-mail previews. */
	public String text(String markdown) {
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

}

package nl.meesterschap.digest.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.meesterschap.notifications.MailOutbox;
import nl.meesterschap.notifications.OutgoingMail;

/**
 * Turns a reader's copy of an edition into an e-mail: multipart HTML (tables and inline styles only, in the look of
 * every Meesterschap mail, {@code notifications/mail/layout}) and plain text, in Dutch, with absolute links, a link to
 * the archive page, the reader's digest settings and the one-click unsubscribe of this subscription. Templates:
 * {@code templates/digest/mail/}. The sections every reader with the same visible items shares are rendered once
 * per {@link Renderer} (one per send), so a send to many readers renders mostly the personal parts.
 */
@Component
public class DigestMail {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final String SCHEME = "digest";

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	/** Public for the benchmark (bench/java), which renders with an outbox of its own. */
	public DigestMail(MessageSource messages, MailOutbox outbox, @Value("${meesterschap.public-url}") String publicUrl) {
		this.messages = messages;
		this.outbox = outbox;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	/** A renderer for one send; it keeps the shared sections it rendered (at most {@code cacheSize} variants). */
	public Renderer renderer(int cacheSize) {
		return new Renderer(cacheSize);
	}

	/** The idempotency key of an edition's mail: one per reader and edition. */
	public static String idempotencyKey(UUID editionId) {
		return SCHEME + ":" + editionId;
	}

	/** The one-click unsubscribe target of a subscription. */
	public static String unsubscribeTarget(UUID subscriptionId) {
		return SCHEME + ":" + subscriptionId;
	}

	public String subject(DigestContent content) {
		return content.digestName() + " · " + content.periodLabel();
	}

	/** Renders mails; not thread-safe (one per send). */
	public final class Renderer {

		private final Map<String, String[]> shared;

		private Renderer(int cacheSize) {
			this.shared = new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
					return size() > cacheSize;
				}
			};
		}

		/** The mail for one reader, unsubscribing from {@code subscriptionId}. */
		public OutgoingMail mail(DigestContent content, UUID readerId, String readerName, UUID subscriptionId) {
			String[] sections = shared.computeIfAbsent(content.sharedKey() + "|" + content.intro(), k -> sections(content));
			String target = unsubscribeTarget(subscriptionId);
			Map<String, Object> model = new HashMap<>();
			// not "content": the mail layout's fragment parameter of that name would hide it
			model.put("copy", content);
			model.put("subject", subject(content));
			model.put("name", readerName);
			model.put("base", publicUrl);
			model.put("fmt", MailFormat.INSTANCE);
			model.put("archiveUrl", publicUrl + "/nieuwsbrieven/" + content.digestId() + "/" + content.editionId());
			model.put("settingsUrl", publicUrl + "/instellingen/nieuwsbrieven");
			model.put("unsubscribeUrl", outbox.unsubscribeUrl(readerId, target));
			model.put("frequency", messages.getMessage("digest.frequency.adverb." + content.frequency().name(), null, DUTCH));
			model.put("sectionsHtml", sections[0]);
			model.put("sectionsText", sections[1]);
			Context htmlContext = new Context(DUTCH, model);
			String htmlBody = html.process("digest/mail/digest", htmlContext);
			String textBody = text.process("digest/mail/digest", new Context(DUTCH, model)).strip() + "\n";
			return new OutgoingMail(readerId, subject(content), htmlBody, textBody, idempotencyKey(content.editionId()),
					target);
		}

		private String[] sections(DigestContent content) {
			Map<String, Object> model = new HashMap<>();
			model.put("content", content);
			model.put("base", publicUrl);
			model.put("fmt", MailFormat.INSTANCE);
			return new String[] { html.process("digest/mail/sections", new Context(DUTCH, model)),
					text.process("digest/mail/sections", new Context(DUTCH, model)).strip() };
		}

	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}

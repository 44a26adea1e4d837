package nl.meesterschap.notifications.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from {@code templates/notifications/mail/}: {@code <name>.html} (HTML) and {@code <name>.txt}
 * (plain text), with the application's message bundles. Its own engines, outside any web request, so links in
 * mails are absolute and the page engine stays as it is.
 */
@Component
class MailTemplates {

	private static final String FOLDER = "templates/notifications/mail/";

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	MailTemplates(MessageSource messages) {
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	String html(String name, Map<String, Object> model, Locale locale) {
		return html.process(name, new Context(locale, model));
	}

	String text(String name, Map<String, Object> model, Locale locale) {
		return text.process(name, new Context(locale, model)).strip() + "\n";
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(FOLDER);
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

package nl.meesterschap.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch by default. Pages switch language with {@code ?lang=en} (kept in a cookie); the API follows the
 * {@code Accept-Language} header.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		return new PageOrApiLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

	static final class PageOrApiLocaleResolver implements LocaleResolver {

		private final CookieLocaleResolver pages = new CookieLocaleResolver("MEESTERSCHAP_LANG");

		private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

		PageOrApiLocaleResolver() {
			pages.setDefaultLocale(DUTCH);
			pages.setCookieMaxAge(Duration.ofDays(365));
			api.setDefaultLocale(DUTCH);
			api.setSupportedLocales(SUPPORTED);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					? api.resolveLocale(request) : supported(pages.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			pages.setLocale(request, response, locale == null ? null : supported(locale));
		}

		private static Locale supported(Locale locale) {
			return locale.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
		}

	}

}

package nl.meesterschap.learning.portfolio.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Hours for people: at most two decimals, in the page's language (1,5 in Dutch, 1.5 in English). */
@Component("portfolioNumbers")
public class PortfolioNumbers {

	public String hours(@Nullable BigDecimal hours) {
		if (hours == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
		return format.format(hours);
	}

}

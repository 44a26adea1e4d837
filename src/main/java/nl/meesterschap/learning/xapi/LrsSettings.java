package nl.meesterschap.learning.xapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code meesterschap.learning.lrs.*}: the largest request the LRS reads (statements with their attachments, or a
 * document; larger is 413), and the most statements one page returns ({@code limit=0} or no limit).
 */
@ConfigurationProperties("meesterschap.learning.lrs")
record LrsSettings(@DefaultValue("20MB") DataSize maxRequestSize, @DefaultValue("100") int maxPageSize) {
}

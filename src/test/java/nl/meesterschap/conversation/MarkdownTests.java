package nl.meesterschap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.meesterschap.conversation.internal.Markdown;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void the_safe_subset_is_rendered() {
		assertThat(markdown.html("*schuin* en **vet**\n\n- een\n- twee\n\n> citaat"))
			.contains("<em>schuin</em>", "<strong>vet</strong>", "<ul>", "<li>een</li>", "<blockquote>");
	}

	@Test
	void links_keep_http_and_get_rel_nofollow() {
		assertThat(markdown.html("[bron](https://www.movisie.nl)"))
			.contains("href=\"https://www.movisie.nl\"").contains("nofollow");
	}

	@Test
	void scripts_and_raw_html_are_shown_as_text_never_run() {
		String html = markdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=x>b</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=").doesNotContain("<b ");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void javascript_and_data_links_lose_their_target() {
		assertThat(markdown.html("[klik](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(markdown.html("[klik](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:text");
		assertThat(markdown.html("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("href=\"javascript");
	}

	@Test
	void headings_images_and_code_blocks_are_not_part_of_the_subset() {
		assertThat(markdown.html("# Kop")).doesNotContain("<h1");
		assertThat(markdown.html("![plaatje](https://x.example/a.png)")).doesNotContain("<img");
	}

	@Test
	void plain_text_drops_the_markup() {
		assertThat(markdown.text("**Vet** en [link](https://example.org)")).isEqualTo("Vet en \"link\" (https://example.org)");
	}

}

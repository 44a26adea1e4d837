package nl.meesterschap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.meesterschap.HttpSession;
import nl.meesterschap.IntegrationTest;

/** Error pages in the site's look, over real HTTP (the servlet container renders them). */
@IntegrationTest
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void an_unknown_page_is_a_friendly_404_in_the_site_look() throws Exception {
		HttpResponse<String> response = HttpSession.login(port, "anouk").get("/bestaat-niet");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Deze pagina bestaat niet", "Naar de inhoud", "Anouk de Vries");
	}

	@Test
	void a_missing_role_is_a_403_page_that_says_whom_to_ask() throws Exception {
		HttpResponse<String> response = HttpSession.login(port, "anouk").get("/beheer/lindewaarde");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Geen toegang", "beheerder van je organisatie");
	}

	@Test
	void a_malformed_id_in_a_page_url_gives_an_error_page_without_internals() throws Exception {
		HttpResponse<String> response = HttpSession.login(port, "lucas").get("/beheer/lindewaarde/mensen/geen-uuid");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Dat lukte niet").doesNotContain("Exception", "at org.");
	}

	@Test
	void an_anonymous_visitor_sees_the_404_page_too() throws Exception {
		HttpResponse<String> response = HttpSession.anonymous(port).get("/over/niets");
		assertThat(response.statusCode()).isIn(302, 404);
	}

}

package nl.meesterschap.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /api/v1/openapi.json}, shaped to the NL API Design Rules: the major version
 * in the server URL, an {@code API-Version} header on every success, problem+json (status, title, detail) on
 * every error, and a documented 400 wherever input is taken.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASE_PATH = "/api/v1";

	private static final String PROBLEM = "Problem";

	private static final String VERSION_HEADER = "API-Version";

	@Bean
	OpenAPI meesterschapOpenApi(@Value("${meesterschap.api.version}") String version,
			@Value("${meesterschap.public-url}") String publicUrl) {
		return new OpenAPI()
			.info(new Info().title("Meesterschap API")
				.version(version)
				.description("""
						De API van Meesterschap, het lerend platform voor professionals in het sociaal domein. \
						Resources hebben Engelse namen (zie docs/adr/0003-english-resource-names.md). \
						Authenticatie: een persoonlijk toegangstoken als `Authorization: Bearer <token>`; \
						maak een token aan op je profielpagina of met `POST /me/tokens` (HTTP Basic).""")
				.contact(new Contact().name("Team Meesterschap")
					.email("api@meesterschap.example")
					.url(publicUrl + "/over"))
				.license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
			.servers(List.of(new Server().url(publicUrl + BASE_PATH).description("Deze installatie")))
			.components(new Components()
				.addSecuritySchemes("bearerToken",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
							.description("Persoonlijk toegangstoken"))
				.addSecuritySchemes("basicAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
							.description("Gebruikersnaam en wachtwoord; alleen om een token aan te maken"))
				.addHeaders(VERSION_HEADER,
						new Header().description("De volledige versie van de API").schema(new StringSchema().example(version))))
			.addSecurityItem(new SecurityRequirement().addList("bearerToken"));
	}

	@Bean
	OpenApiCustomizer nlApiDesignRules() {
		return openApi -> {
			openApi.setPaths(withoutBasePath(openApi.getPaths()));
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach(OpenApiConfiguration::shape));
		};
	}

	private static Paths withoutBasePath(Paths paths) {
		Paths shortened = new Paths();
		paths.forEach((path, item) -> shortened.addPathItem(
				path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path, item));
		return shortened;
	}

	private static void shape(PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		boolean takesInput = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
				|| method == PathItem.HttpMethod.PATCH
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (takesInput) {
			responses.putIfAbsent("400", problem("Ongeldige invoer; invalidParams noemt elk veld"));
		}
		responses.putIfAbsent("401", problem("Niet ingelogd, of het token is ongeldig of ingetrokken"));
		responses.putIfAbsent("500", problem("Onverwachte fout"));
		Map<String, ApiResponse> sorted = new LinkedHashMap<>();
		responses.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
		responses.clear();
		sorted.forEach((code, response) -> {
			if (code.startsWith("2") || code.startsWith("3")) {
				response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
			}
			else if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(problemContent());
			}
			responses.addApiResponse(code, response);
		});
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> invalidParam = new ObjectSchema().addProperty("name", new StringSchema().description("Het veld"))
			.addProperty("code", new StringSchema().description("Een vaste code voor de fout"))
			.addProperty("reason", new StringSchema().description("Uitleg in de taal van de vraag"));
		return new ObjectSchema().description("Foutmelding volgens RFC 9457")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().example("Niet gevonden"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema().example("Dit item bestaat niet, of je mag het niet zien."))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("invalidParams", new ArraySchema().items(invalidParam))
			.required(List.of("status", "title", "detail"));
	}

}

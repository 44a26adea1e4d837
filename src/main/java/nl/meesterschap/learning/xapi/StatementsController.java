package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.credentials.LrsClient;
import nl.meesterschap.learning.statements.Attachment;
import nl.meesterschap.learning.statements.Formats;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.Statements;

/** The Statement resource (xAPI Communication 2.1): PUT and POST statements, GET one or a page of them. */
@Controller
@RequestMapping("/xapi/statements")
class StatementsController {

	private final Statements statements;

	private final LrsSettings settings;

	StatementsController(Statements statements, LrsSettings settings) {
		this.statements = statements;
		this.settings = settings;
	}

	@PutMapping
	void put(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Map<String, String[]> parameters = request.getParameterMap();
		if (!parameters.containsKey("statementId")) {
			throw XapiException.badRequest("PUT /statements needs the statementId parameter");
		}
		if (parameters.size() > 1) {
			throw XapiException.badRequest("PUT /statements takes only the statementId parameter");
		}
		String statementId = parameters.get("statementId")[0];
		UUID id = Formats.parseUuid(statementId)
			.orElseThrow(() -> XapiException.badRequest("statementId must be a UUID"));
		StatementBodies body = StatementBodies.parse(RawMultipartFilter.contentType(request), XapiResponses.body(request, settings.maxRequestSize()));
		if (!body.statements().isObject()) {
			throw XapiException.badRequest("PUT /statements takes one statement, a JSON object");
		}
		ObjectNode statement = (ObjectNode) body.statements();
		JsonNode ownId = statement.get("id");
		if (ownId != null && !(ownId.isString() && Formats.parseUuid(ownId.stringValue()).map(id::equals).orElse(false))) {
			throw XapiException.badRequest("The statement's id differs from the statementId parameter");
		}
		if (ownId == null) {
			ObjectNode withId = JsonNodeFactory.instance.objectNode();
			withId.put("id", statementId);
			statement.properties().forEach(p -> withId.set(p.getKey(), p.getValue()));
			statement = withId;
		}
		statements.store(client.organisationId(), List.of(statement), client.authority(), XapiHeaders.version(request),
				body.attachments());
		XapiResponses.noContent(response);
	}

	@PostMapping
	void post(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!request.getParameterMap().isEmpty()) {
			throw XapiException.badRequest("POST /statements takes no parameters");
		}
		StatementBodies body = StatementBodies.parse(RawMultipartFilter.contentType(request), XapiResponses.body(request, settings.maxRequestSize()));
		List<JsonNode> batch = body.batch();
		List<UUID> ids = statements.store(client.organisationId(), batch, client.authority(),
				XapiHeaders.version(request), body.attachments());
		ArrayNode result = JsonNodeFactory.instance.arrayNode();
		for (int i = 0; i < ids.size(); i++) {
			JsonNode ownId = batch.get(i).get("id");
			result.add(ownId != null ? ownId.stringValue() : ids.get(i).toString());
		}
		XapiResponses.json(response, 200, result);
	}

	@GetMapping
	void get(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		StatementParameters parameters = StatementRequests.parameters(request, settings.maxPageSize());
		String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		UUID organisationId = client.organisationId();
		List<JsonNode> returned = new ArrayList<>();
		JsonNode body;
		Instant lastModified;
		if (parameters.statementId() != null || parameters.voidedStatementId() != null) {
			boolean voided = parameters.voidedStatementId() != null;
			UUID id = voided ? parameters.voidedStatementId() : parameters.statementId();
			var statement = statements.find(organisationId, id, voided)
				.orElseThrow(() -> XapiException.notFound("No " + (voided ? "voided " : "") + "statement " + id));
			JsonNode stored = LrsJson.parse(statement.json());
			returned.add(stored);
			body = parameters.format().apply(stored, language);
			lastModified = statement.stored();
		}
		else {
			var page = statements.query(organisationId, parameters.query());
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			ArrayNode list = result.putArray("statements");
			for (var statement : page.statements()) {
				JsonNode stored = LrsJson.parse(statement.json());
				returned.add(stored);
				list.add(parameters.format().apply(stored, language));
			}
			result.put("more", page.next() == null ? ""
					: MoreLinks.link(request.getContextPath(), parameters.values(), page.next()));
			body = result;
			lastModified = page.statements().stream().map(s -> s.stored()).max(Comparator.naturalOrder())
				.orElse(statements.consistentThrough());
		}
		XapiResponses.lastModified(response, lastModified);
		if (!parameters.attachments()) {
			XapiResponses.json(response, 200, body);
			return;
		}
		List<Attachment> contents = new ArrayList<>(statements.attachmentsOf(organisationId, returned).values());
		String boundary = MultipartMixed.newBoundary();
		XapiResponses.bytes(response, 200, "multipart/mixed; boundary=" + boundary,
				MultipartMixed.write(boundary, LrsJson.bytes(body), contents));
	}

}

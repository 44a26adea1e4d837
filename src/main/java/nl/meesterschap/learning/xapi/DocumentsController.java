package nl.meesterschap.learning.xapi;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import nl.meesterschap.learning.credentials.LrsClient;
import nl.meesterschap.learning.documents.Document;
import nl.meesterschap.learning.documents.DocumentAddress;
import nl.meesterschap.learning.documents.DocumentKind;
import nl.meesterschap.learning.documents.Documents;
import nl.meesterschap.learning.documents.Preconditions;
import nl.meesterschap.learning.documents.WriteRule;
import nl.meesterschap.learning.statements.XapiVersion;

/**
 * The State, Activity Profile and Agent Profile resources (xAPI Communication 2.3, 2.6, 2.7): one document by id, or
 * the ids at an address (optionally changed since a time); PUT stores, POST merges JSON, DELETE removes.
 */
@Controller
class DocumentsController {

	private static final String STATE = "/xapi/activities/state";

	private static final String ACTIVITY_PROFILE = "/xapi/activities/profile";

	private static final String AGENT_PROFILE = "/xapi/agents/profile";

	private final Documents documents;

	private final LrsSettings settings;

	DocumentsController(Documents documents, LrsSettings settings) {
		this.documents = documents;
		this.settings = settings;
	}

	/** A parsed document request: where, which document (null for all), and since when (listing only). */
	private record Target(DocumentAddress address, String id, Instant since) {
	}

	@GetMapping({ STATE, ACTIVITY_PROFILE, AGENT_PROFILE })
	void get(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Target target = target(request, true);
		if (target.id() == null) {
			List<String> ids = documents.ids(client.organisationId(), target.address(), target.since());
			ArrayNode list = JsonNodeFactory.instance.arrayNode();
			ids.forEach(list::add);
			XapiResponses.json(response, 200, list);
			return;
		}
		if (target.since() != null) {
			throw XapiException.badRequest("since only goes with a request for all document ids");
		}
		Document document = documents.get(client.organisationId(), target.address(), target.id())
			.orElseThrow(() -> XapiException.notFound("No document " + target.id()));
		response.setHeader(HttpHeaders.ETAG, document.etag());
		XapiResponses.lastModified(response, document.updated());
		XapiResponses.bytes(response, 200, document.contentType(), document.content());
	}

	@PutMapping({ STATE, ACTIVITY_PROFILE, AGENT_PROFILE })
	void put(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Target target = writeTarget(request);
		WriteRule rule = XapiHeaders.version(request) == XapiVersion.V2_0_0 ? WriteRule.EXISTING
				: target.address().kind() == DocumentKind.STATE ? WriteRule.NONE : WriteRule.ALWAYS;
		Document saved = documents.put(client.organisationId(), target.address(), target.id(), contentType(request),
				XapiResponses.body(request, settings.maxRequestSize()), preconditions(request), rule);
		response.setHeader(HttpHeaders.ETAG, saved.etag());
		XapiResponses.noContent(response);
	}

	@PostMapping({ STATE, ACTIVITY_PROFILE, AGENT_PROFILE })
	void post(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Target target = writeTarget(request);
		Document saved = documents.post(client.organisationId(), target.address(), target.id(), contentType(request),
				XapiResponses.body(request, settings.maxRequestSize()), preconditions(request));
		response.setHeader(HttpHeaders.ETAG, saved.etag());
		XapiResponses.noContent(response);
	}

	@DeleteMapping({ STATE, ACTIVITY_PROFILE, AGENT_PROFILE })
	void delete(@AuthenticationPrincipal LrsClient client, HttpServletRequest request, HttpServletResponse response) {
		Target target = target(request, false);
		if (target.id() != null) {
			documents.delete(client.organisationId(), target.address(), target.id(), preconditions(request));
		}
		else if (target.address().kind() == DocumentKind.STATE) {
			documents.deleteAll(client.organisationId(), target.address());
		}
		else {
			throw XapiException.badRequest("DELETE needs the profileId parameter");
		}
		XapiResponses.noContent(response);
	}

	private Target writeTarget(HttpServletRequest request) {
		Target target = target(request, false);
		if (target.id() == null) {
			throw XapiException.badRequest("The " + idName(target.address().kind()) + " parameter is required");
		}
		return target;
	}

	private static Target target(HttpServletRequest request, boolean listing) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		DocumentKind kind = path.equals(STATE) ? DocumentKind.STATE
				: path.equals(ACTIVITY_PROFILE) ? DocumentKind.ACTIVITY_PROFILE : DocumentKind.AGENT_PROFILE;
		String idName = idName(kind);
		DocumentParameters parameters = DocumentParameters.of(request, switch (kind) {
			case STATE -> listing ? Set.of("activityId", "agent", "registration", "stateId", "since")
					: Set.of("activityId", "agent", "registration", "stateId");
			case ACTIVITY_PROFILE -> listing ? Set.of("activityId", "profileId", "since") : Set.of("activityId", "profileId");
			case AGENT_PROFILE -> listing ? Set.of("agent", "profileId", "since") : Set.of("agent", "profileId");
		});
		DocumentAddress address = switch (kind) {
			case STATE -> DocumentAddress.state(parameters.activityId(true), parameters.agentIfi(true),
					parameters.registration());
			case ACTIVITY_PROFILE -> DocumentAddress.activityProfile(parameters.activityId(true));
			case AGENT_PROFILE -> DocumentAddress.agentProfile(parameters.agentIfi(true));
		};
		return new Target(address, parameters.text(idName, false), parameters.since());
	}

	private static String idName(DocumentKind kind) {
		return kind == DocumentKind.STATE ? "stateId" : "profileId";
	}

	private static String contentType(HttpServletRequest request) {
		String type = RawMultipartFilter.contentType(request);
		return type == null || type.isBlank() ? "application/octet-stream" : type;
	}

	private static Preconditions preconditions(HttpServletRequest request) {
		return new Preconditions(request.getHeader(HttpHeaders.IF_MATCH), request.getHeader(HttpHeaders.IF_NONE_MATCH));
	}

}

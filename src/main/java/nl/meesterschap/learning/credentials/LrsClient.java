package nl.meesterschap.learning.credentials;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.statements.XapiVersion;

/**
 * Who is calling the LRS: the credential, the organisation whose records it may read and write, the authority the
 * LRS puts on the statements it stores, and the xAPI version of the client.
 */
public record LrsClient(UUID credentialId, UUID organisationId, JsonNode authority, XapiVersion xapiVersion) {
}

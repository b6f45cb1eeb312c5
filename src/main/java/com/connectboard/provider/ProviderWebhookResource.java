package com.connectboard.provider;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * {@code POST /provider/events}: the provider's signed webhook (docs/provider-events.md). The signature is checked on the
 * raw bytes before anything is parsed. Answers 200 when applied or already applied, 400 malformed, 401 unsigned or
 * stale, 422 about something unknown; the body is {@code {"status"}} or {@code {"error"}}.
 */
@Path("/provider/events")
@Blocking
public class ProviderWebhookResource {

    private static final Logger LOG = Logger.getLogger(ProviderWebhookResource.class);

    @Inject
    SignatureVerifier signatures;
    @Inject
    ProviderEventProcessor processor;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> receive(@HeaderParam(SignatureVerifier.HEADER) String signature, byte[] body) {
        signatures.verify(signature, body == null ? new byte[0] : body);
        ProviderEvent event = ProviderEvent.parse(parse(body));
        ProviderEventProcessor.Outcome outcome = processor.process(event);
        LOG.infof("Provider event %s (%s): %s", event.id(), event.type(), outcome);
        return Map.of("status", outcome == ProviderEventProcessor.Outcome.APPLIED ? "applied" : "already_applied");
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw ProviderEventRejected.malformed("The body is not valid JSON");
        }
    }

    /**
     * Two different events about the same thing applied at the same moment (e.g. two registrations of one platform):
     * the database's unique constraint stops the second. 409 tells the provider to retry; the retry then meets the
     * first event's result and gets its proper answer.
     */
    @ServerExceptionMapper
    Response conflict(org.hibernate.exception.ConstraintViolationException violation) {
        LOG.infof("Provider event conflicted with a concurrent one (%s)", violation.getConstraintName());
        return Response.status(409).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "The event conflicted with one applied at the same moment; retry it")).build();
    }

    @ServerExceptionMapper
    Response rejected(ProviderEventRejected rejected) {
        LOG.infof("Provider event rejected (%d): %s", rejected.status(), rejected.getMessage());
        return Response.status(rejected.status()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", rejected.getMessage())).build();
    }
}

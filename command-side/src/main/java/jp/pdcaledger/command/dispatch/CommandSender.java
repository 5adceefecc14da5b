package jp.pdcaledger.command.dispatch;

import jp.pdcaledger.kernel.Texts;
import jp.pdcaledger.kernel.event.EventMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends a command with the metadata every event must carry: the authenticated actor (never a value the client
 * sends), the actor's roles, the server's request id and, where given, the client's own request id (marked as the
 * client's), the reason and the Idempotency-Key.
 */
@Component
public class CommandSender {

    /** The MDC key under which the request id of the current request (or task) is kept. */
    public static final String REQUEST_ID_MDC_KEY = "requestId";
    /** The MDC key of the id the client sent with the request, if it sent one (never taken for the server's). */
    public static final String CLIENT_REQUEST_ID_MDC_KEY = "clientRequestId";

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Every command of every entry point comes here: the one place its texts are normalised ({@link Texts}). */
    public <R> R send(Object rawCommand, String rawReason, String idempotencyKey) {
        return send(rawCommand, rawReason, idempotencyKey, null);
    }

    /** A command of an import: its events also say which file ({@link EventMetadata#IMPORTED_FROM}). */
    public <R> R send(Object rawCommand, String rawReason, String idempotencyKey, String importedFrom) {
        Object command = Texts.normalisedRecord(rawCommand);
        String reason = Texts.normalised(rawReason);
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        if (actor == null || !actor.isAuthenticated()) {
            throw new IllegalStateException("commands are sent only on behalf of an authenticated actor");
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor.getName());
        metadata.put(EventMetadata.ROLES, actor.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).sorted().collect(Collectors.joining(",")));
        String requestId = MDC.get(REQUEST_ID_MDC_KEY);
        if (requestId != null) {
            metadata.put(EventMetadata.REQUEST_ID, requestId);
        }
        String clientRequestId = MDC.get(CLIENT_REQUEST_ID_MDC_KEY);
        if (clientRequestId != null) {
            metadata.put(EventMetadata.CLIENT_REQUEST_ID, clientRequestId);
        }
        if (reason != null) {
            metadata.put(EventMetadata.REASON, reason);
        }
        if (idempotencyKey != null) {
            metadata.put(EventMetadata.IDEMPOTENCY_KEY, idempotencyKey);
        }
        if (importedFrom != null) {
            metadata.put(EventMetadata.IMPORTED_FROM, importedFrom);
        }
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
    }
}

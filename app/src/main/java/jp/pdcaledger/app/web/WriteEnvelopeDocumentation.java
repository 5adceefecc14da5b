package jp.pdcaledger.app.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import jp.pdcaledger.command.web.FiscalYearCommandController;
import jp.pdcaledger.command.web.SheetCommandController;
import jp.pdcaledger.command.web.WriteEnvelope;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;

/**
 * The API's documentation of what a write carries besides its body: the endpoints take it as one
 * {@link WriteEnvelope}, which is no parameter a client sends; the documentation shows the headers it is read from,
 * {@code Idempotency-Key} on every write and {@code If-Match} on the commands to an existing sheet.
 */
@Configuration(proxyBeanMethods = false)
public class WriteEnvelopeDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WriteEnvelope.class);
    }

    @Bean
    public OperationCustomizer writeEnvelopeHeaders() {
        return (operation, handler) -> {
            boolean write = handler.getBeanType().isAnnotationPresent(RestController.class)
                    && Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == WriteEnvelope.class);
            if (!write) {
                return operation;
            }
            boolean toAnExistingSheet = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
            if ((handler.getBeanType() == SheetCommandController.class
                    || handler.getBeanType() == FiscalYearCommandController.class) && toAnExistingSheet) {
                header(operation, "If-Match");
            }
            header(operation, "Idempotency-Key");
            return operation;
        };
    }

    /** Once per operation, also where two handlers (a JSON body and a workbook's) answer the same one. */
    private static void header(Operation operation, String name) {
        if (operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(parameter -> name.equals(parameter.getName()))) {
            operation.addParametersItem(new HeaderParameter().name(name).required(false).schema(new StringSchema()));
        }
    }
}

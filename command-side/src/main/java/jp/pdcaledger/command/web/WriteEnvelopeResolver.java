package jp.pdcaledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.writes.Actor;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Gives every handler that takes a {@link WriteEnvelope} the one for its request. */
@Component
public class WriteEnvelopeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final RequestFingerprint fingerprint;

    public WriteEnvelopeResolver(RequestFingerprint fingerprint) {
        this.fingerprint = fingerprint;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WriteEnvelope.class;
    }

    @Override
    public WriteEnvelope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest webRequest, WebDataBinderFactory binders) {
        return new WriteEnvelope(Actor.of(SecurityContextHolder.getContext().getAuthentication()),
                MDC.get(WriteEnvelope.REQUEST_ID_MDC_KEY), MDC.get(WriteEnvelope.CLIENT_REQUEST_ID_MDC_KEY),
                webRequest.getNativeRequest(HttpServletRequest.class), fingerprint);
    }
}

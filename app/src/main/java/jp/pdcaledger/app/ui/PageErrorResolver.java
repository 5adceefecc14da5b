package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A page request that Spring MVC refuses before any page controller runs (no such page: 404, a method no form uses:
 * 405) gets the Japanese error page that {@code templates/error.html} draws for every other error, instead of the
 * problem document the API answers. API requests, and clients that do not ask for HTML, are left to the problem
 * handlers untouched.
 */
@Component
public class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof ErrorResponse refused) || !isPage(request)) {
            return null;
        }
        int status = refused.getStatusCode().value();
        response.setStatus(status);
        refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return new ModelAndView("error", Map.of("status", status), refused.getStatusCode());
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                && accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

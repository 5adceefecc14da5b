package jp.pdcaledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The pages' upload form, authorized before the CSRF filter: that filter looks for its token among the form's
 * fields, and asking the container for a field of a multipart form makes it read (and store) the whole upload. The
 * session's sign-in is known by then; the decision is {@link WorkbookUploadAuthorization}'s, as for the API. A
 * refusal is the pages' error page with 403 (or the sign-in page for no sign-in), written here rather than through
 * the container's error dispatch: that dispatch is a POST of the same multipart request, and its CSRF check would
 * read the body after all.
 */
final class UploadGateFilter extends OncePerRequestFilter {

    private static final String FORBIDDEN_PAGE = """
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="UTF-8"><title>権限がありません</title><link rel="stylesheet" href="/css/sheet.css"></head>
            <body>
            <nav><a href="/">シート一覧</a></nav>
            <h1>権限がありません</h1>
            <p>このシートに取り込む権限がありません</p>
            </body>
            </html>
            """;

    private static final String NOT_FOUND_PAGE = """
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="UTF-8"><title>シートが見つかりません</title><link rel="stylesheet" href="/css/sheet.css"></head>
            <body>
            <nav><a href="/">シート一覧</a></nav>
            <h1>シートが見つかりません</h1>
            <p>このシートはありません。シート一覧から探してください。</p>
            </body>
            </html>
            """;

    private final RequestMatcher upload = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            WorkbookUploadAuthorization.PAGE);
    private final WorkbookUploadAuthorization uploads;
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

    UploadGateFilter(WorkbookUploadAuthorization uploads) {
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestMatcher.MatchResult match = upload.matcher(request);
        if (!match.isMatch()) {
            chain.doFilter(request, response);
            return;
        }
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        if (actor == null || actor instanceof AnonymousAuthenticationToken) {
            signIn.commence(request, response, new InsufficientAuthenticationException("サインインが必要です"));
            return;
        }
        AuthorizationResult decision = uploads.authorize(() -> actor,
                new RequestAuthorizationContext(request, match.getVariables()));
        if (decision instanceof WorkbookUploadAuthorization.OutOfScope) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(NOT_FOUND_PAGE);
            return;
        }
        if (!decision.isGranted()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(FORBIDDEN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

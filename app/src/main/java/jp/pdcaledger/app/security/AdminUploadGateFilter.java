package jp.pdcaledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The administrator's file forms (a sheet imported from a document or a workbook), authorized before the CSRF filter,
 * for the reason {@link UploadGateFilter} gives: that filter looks for its token among the form's fields, and asking
 * the container for a field of a multipart form makes it read and store the whole upload. Anyone signed in but an
 * administrator gets the pages' 403 page with nothing of the upload read; no one signed in, the sign-in page. Other
 * requests to {@code /admin/**} are the filter chain's to authorize, as before.
 */
final class AdminUploadGateFilter extends OncePerRequestFilter {

    private static final String FORBIDDEN_PAGE = """
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="UTF-8"><title>このページを開く権限がありません — 目標等の管理シート</title><link rel="stylesheet" href="/css/sheet.css"></head>
            <body>
            <header class="bar"><nav><a href="/">シート一覧へ戻る</a></nav></header>
            <main>
            <h1>このページを開く権限がありません</h1>
            <p>お使いのアカウントの役割では、このページや操作は使えません。必要なときは管理者にお尋ねください。</p>
            <p>エラー番号 403</p>
            </main>
            </body>
            </html>
            """;

    private final RequestMatcher adminPosts = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/admin/**");
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (!adminPosts.matches(request) || contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        if (actor == null || actor instanceof AnonymousAuthenticationToken) {
            signIn.commence(request, response, new InsufficientAuthenticationException("サインインが必要です"));
            return;
        }
        if (actor.getAuthorities().stream().noneMatch(granted -> "ROLE_ADMIN".equals(granted.getAuthority()))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(FORBIDDEN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

package jp.pdcaledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A per-client limit on the public pages, which face the internet without sign-in: at most {@code limit} requests a
 * minute from one address (the client's as Tomcat sees it, so behind a proxy set server.forward-headers-strategy),
 * counted in fixed one-minute windows; past it, 429 with Retry-After (the seconds left in the window) and nothing
 * rendered. Kept in memory per node: a rough brake against one client reading everything at once, not a quota.
 */
final class PublicRateLimit extends OncePerRequestFilter {

    private static final long WINDOW = Duration.ofMinutes(1).toNanos();
    /** Past this many addresses the windows that have ended are dropped, and if that is not enough, all of them. */
    private static final int MAX_CLIENTS = 100_000;

    private final int limit;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, AtomicInteger requests) {
    }

    PublicRateLimit(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.nanoTime();
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(window -> now - window.start() >= WINDOW);
            if (windows.size() > MAX_CLIENTS) {
                windows.clear();
            }
        }
        Window window = windows.compute(request.getRemoteAddr(), (client, current) ->
                current == null || now - current.start() >= WINDOW ? new Window(now, new AtomicInteger()) : current);
        if (window.requests().incrementAndGet() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long secondsLeft = Math.max(1, Duration.ofNanos(WINDOW - (now - window.start())).toSeconds() + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(secondsLeft));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("アクセスが集中しています。" + secondsLeft + " 秒ほどおいてから、もう一度お試しください。\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}

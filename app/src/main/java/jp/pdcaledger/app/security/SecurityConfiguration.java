package jp.pdcaledger.app.security;

import jp.pdcaledger.command.writes.SheetWriteScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (ARCHITECTURE.md, "Security"): roles per URL here; the scope of STAFF and COUNCIL (own
 * municipality and department) is checked per sheet by the sides, which know the sheet's owner, except for
 * uploads: their role and scope are decided here ({@link WorkbookUploadAuthorization}), before the body is read.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** A URL the firewall refuses (an encoded line break, a path trick) is a problem document like any refusal. */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, rejected) -> problems.rejected(request, response);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, JsonMapper json, ObjectProvider<JwtDecoder> tokens,
                                   ObjectProvider<SheetWriteScope> scope) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");
        ProblemResponses problems = new ProblemResponses(json);
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            // spring.security.oauth2.resourceserver.jwt.* is set: bearer tokens beside (or, without demo users,
            // instead of) HTTP Basic.
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenAuthorities()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        http.headers(SecurityConfiguration::strictTransportSecurity);
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "DASHBOARD")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/sheets", "/api/sheets/import").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/sheets/*/targets", "/api/sheets/*/activity-indicators",
                                "/api/sheets/*/targets/*/revisions", "/api/sheets/*/targets/*/classification",
                                "/api/sheets/*/next-period", "/api/sheets/*/grade-scale").hasAnyRole("ADMIN", "STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/sheets/*/fiscal-years/*/publications")
                        .hasAnyRole("ADMIN", "STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/sheets/*/fiscal-years/*/council-opinions")
                        .hasAnyRole("COUNCIL", "STAFF")
                        // role and scope before a byte of the upload is read (multipart is parsed before handlers)
                        .requestMatchers(HttpMethod.POST, WorkbookUploadAuthorization.API)
                        .access(new WorkbookUploadAuthorization(scope))
                        .requestMatchers(HttpMethod.POST, "/api/sheets/*/fiscal-years/**").hasRole("STAFF")
                        .requestMatchers(HttpMethod.GET, "/api/sheets/*/history", "/api/audit", "/api/audit/**")
                        .hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/dashboard", "/api/dashboard/**", "/api/rollups")
                        .hasAnyRole("DASHBOARD", "AUDITOR", "ADMIN", "STAFF")
                        .requestMatchers(HttpMethod.GET, "/api/sheets", "/api/sheets/**").hasAnyRole(Roles.all())
                        .requestMatchers(HttpMethod.GET, "/api/due").hasAnyRole(Roles.all())
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * HSTS on every answer to a request that came over HTTPS (directly, or through a proxy that Tomcat trusts; see
     * server.forward-headers-strategy): browsers then never go to the service over plain HTTP for a year. Never on
     * plain HTTP, where it would mean nothing (and a local trial over http://localhost stays possible).
     */
    private static void strictTransportSecurity(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    /**
     * The public pages (公表): no sign-in, no session, the same page for everyone, so caches may keep it (the page sets
     * a short public Cache-Control, {@code publicPageEtags} its ETag). Their Content-Security-Policy allows nothing
     * inline and nothing from elsewhere; the signed-in pages keep their inline style attributes, so it is theirs alone.
     * A per-client rate limit answers 429 before anything is read.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain publicPagesChain(HttpSecurity http,
                                                @Value("${pdca.public.rate-limit.requests-per-minute:120}") int perMinute)
            throws Exception {
        http.securityMatcher("/public", "/public/**")
                .addFilterBefore(new PublicRateLimit(perMinute), SecurityContextHolderFilter.class)
                .headers(headers -> {
                    strictTransportSecurity(headers);
                    headers.cacheControl(cache -> cache.disable())
                            .contentSecurityPolicy(policy -> policy.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY));
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/public", "/public/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Everything from the app itself, nothing inline, no plug-ins, no framing, forms only back to the app. */
    static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    public FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> etags = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        etags.addUrlPatterns("/public", "/public/*");
        return etags;
    }

    /**
     * The pages for people: signed in with a form (the same users and roles as the API), a session, and CSRF
     * protection on every form. What a page shows is scoped as the API's reads are.
     */
    @Bean
    @Order(3)
    public SecurityFilterChain pages(HttpSecurity http, ObjectProvider<SheetWriteScope> scope) throws Exception {
        http.headers(SecurityConfiguration::strictTransportSecurity);
        http.addFilterBefore(new UploadGateFilter(new WorkbookUploadAuthorization(scope)), CsrfFilter.class)
                .addFilterBefore(new AdminUploadGateFilter(), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico",
                                "/js/verify-receipt.js").permitAll()
                        .requestMatchers("/sheets/*/history").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/dashboard", "/dashboard/**", "/rollups").hasAnyRole("DASHBOARD", "AUDITOR", "ADMIN", "STAFF")
                        .anyRequest().hasAnyRole(Roles.all()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}

package jp.pdcaledger.app.security;

import jp.pdcaledger.kernel.ActorScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The documented demo users (admin, staff, council, auditor, dashboard; password = name). They exist on the
 * embedded default only, or where {@code pdca.demo-users.enabled=true} is given explicitly, and then with a warning.
 * Staff and council are scoped to the seed's municipality (401005) and department.
 */
@Configuration(proxyBeanMethods = false)
public class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    static final String SEED_MUNICIPALITY = "401005";
    static final String SEED_DEPARTMENT = "保健福祉局 障害福祉部";

    @Bean
    public UserDetailsService userDetailsService(@Value("${spring.datasource.url:}") String datasourceUrl,
                                        @Value("${pdca.demo-users.enabled:#{null}}") Boolean explicitlyEnabled) {
        boolean embedded = datasourceUrl.startsWith("jdbc:h2:");
        boolean enabled = explicitlyEnabled != null ? explicitlyEnabled : embedded;
        if (!enabled) {
            log.info("Demo users are off (database {}); no one can sign in with a password", datasourceUrl);
            return username -> {
                throw new UsernameNotFoundException(username);
            };
        }
        if (!embedded) {
            log.warn("Demo users with well-known passwords are ON against {} because pdca.demo-users.enabled=true; "
                    + "never do this with real data", datasourceUrl);
        }
        String municipality = ActorScopes.MUNICIPALITY_PREFIX + SEED_MUNICIPALITY;
        String department = ActorScopes.DEPARTMENT_PREFIX + SEED_DEPARTMENT;
        // {noop}: these passwords are published in the README, and hashing them would only slow every request. Only
        // the lookup is exposed: were the manager itself the bean, Spring Security would "upgrade" each password to
        // BCrypt on first use and then spend ~60 ms of CPU matching it on every request.
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                user("admin", "ROLE_ADMIN"),
                user("staff", "ROLE_STAFF", municipality, department),
                user("council", "ROLE_COUNCIL", municipality),
                user("auditor", "ROLE_AUDITOR"),
                user("dashboard", "ROLE_DASHBOARD"));
        return users::loadUserByUsername;
    }

    private static UserDetails user(String name, String... authorities) {
        return User.withUsername(name).password("{noop}" + name).authorities(authorities).build();
    }
}

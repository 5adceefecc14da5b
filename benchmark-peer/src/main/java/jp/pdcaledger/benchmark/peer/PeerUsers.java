package jp.pdcaledger.benchmark.peer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The app's demo users (password = name), checked the same way, so that both pay the same for HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class PeerUsers {

    @Bean
    UserDetailsService userDetailsService() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                user("admin", "ROLE_ADMIN"),
                user("staff", "ROLE_STAFF"),
                user("council", "ROLE_COUNCIL"),
                user("auditor", "ROLE_AUDITOR"),
                user("dashboard", "ROLE_DASHBOARD"));
        // Only the lookup, as in the app: were the manager itself the bean, Spring Security would upgrade each {noop}
        // password to BCrypt on first use and spend tens of milliseconds of CPU on every request after.
        return users::loadUserByUsername;
    }

    private static UserDetails user(String name, String authority) {
        return User.withUsername(name).password("{noop}" + name).authorities(authority).build();
    }
}

package jp.pdcaledger.benchmark.peer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The app's API chain, reduced to the one write the benchmark sends: stateless HTTP Basic, a role per URL. */
@Configuration(proxyBeanMethods = false)
class PeerSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "DASHBOARD")
                        .requestMatchers(HttpMethod.POST, "/api/sheets/*/activity-indicators").hasAnyRole("ADMIN", "STAFF")
                        .anyRequest().denyAll());
        return http.build();
    }
}

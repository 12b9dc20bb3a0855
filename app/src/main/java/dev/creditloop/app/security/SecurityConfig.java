package dev.creditloop.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors. The API ({@code /api/**}) is stateless: HTTP Basic on every call, checked against
 * {@link AccessMatrix}, anything unlisted denied, refusals as problem+json. Everything else (the
 * console) signs in with a form and a session, with CSRF protection.
 */
@Configuration
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(StaffAuthentication staff) {
    return new ProviderManager(staff);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(manager)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.authenticationEntryPoint(problems.unauthenticated()))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
            .accessDeniedHandler(problems.forbidden()))
        .authorizeHttpRequests(a -> {
          for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
            a.requestMatchers(rule.method(), rule.pattern())
                .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
          }
          a.anyRequest().denyAll();
        });
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain console(HttpSecurity http, AuthenticationManager manager) throws Exception {
    http.authenticationManager(manager)
        .authorizeHttpRequests(a -> a
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
                "/actuator/health", "/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**", "/login")
            .permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.permitAll())
        .logout(l -> l.permitAll());
    return http.build();
  }
}

package dev.creditloop.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two doors. The API ({@code /api/**}) is stateless: HTTP Basic or a personal API token ({@code
 * Bearer clt_...}) on every call, checked against {@link AccessMatrix}, anything unlisted denied,
 * refusals as problem+json. Everything else (the console) signs in with a form and a session, with
 * CSRF protection.
 */
@Configuration
class SecurityConfig {

  private static final java.util.Set<String> SAFE =
      java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /**
   * No observations of the filter chains: nothing reads them (metrics are not exposed), and the
   * observing decorator around each of the chain's filters cost a visible share of a pre-check.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  AuthenticationManager authenticationManager(StaffAuthentication staff) {
    return new ProviderManager(staff);
  }

  // The filter chains exist only with the web server: the command-line tools start without one.
  @Bean
  @Order(1)
  @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
  SecurityFilterChain api(
      HttpSecurity http,
      AuthenticationManager manager,
      ProblemResponses problems,
      ApiTokens tokens,
      org.springframework.beans.factory.ObjectProvider<JwtBearer> jwt)
      throws Exception {
    JwtBearer bearer = jwt.getIfAvailable();
    if (bearer != null) {
      // external OpenID Connect tokens (optional); our own clt_ tokens are left to ApiTokenFilter
      var resolver =
          new org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver();
      http.oauth2ResourceServer(
          o ->
              o.bearerTokenResolver(
                      request -> {
                        String token = resolver.resolve(request);
                        return token == null || token.startsWith(ApiTokens.PREFIX) ? null : token;
                      })
                  .authenticationEntryPoint(problems.invalidToken())
                  .jwt(j -> j.authenticationManager(bearer.authenticationManager())));
    }
    http.securityMatcher("/api/**")
        .addFilterBefore(
            new ApiTokenFilter(tokens, problems.invalidToken()),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authenticationManager(manager)
        // The console's pages call the API with their session: those calls need the CSRF token. A
        // call that
        // brings its own credentials (HTTP Basic) carries no ambient authority and needs none.
        .csrf(
            c ->
                c.requireCsrfProtectionMatcher(
                    request ->
                        !SAFE.contains(request.getMethod())
                            && request.getHeader("Authorization") == null
                            && request.getRequestedSessionId() != null))
        .securityContext(
            c ->
                c.securityContextRepository(
                    new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(),
                        new HttpSessionSecurityContextRepository())))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.authenticationEntryPoint(problems.unauthenticated()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
        .authorizeHttpRequests(
            a -> {
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
  @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
  SecurityFilterChain console(HttpSecurity http, AuthenticationManager manager) throws Exception {
    http.authenticationManager(manager)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/actuator/health/**",
                        "/actuator/health",
                        "/error",
                        "/favicon.ico",
                        "/webjars/**",
                        "/console/assets/**",
                        "/login")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?signedOut").permitAll());
    return http.build();
  }
}

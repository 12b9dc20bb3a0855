package dev.creditloop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.ApiIT;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the access matrix through real HTTP: every API endpoint is in it, and every role gets
 * exactly what it says: allowed is neither 401 nor 403 (nor a 5xx), denied is a 403 problem. Path
 * ids name nothing that exists and bodies carry an unknown field, so an allowed call is refused by
 * validation and changes nothing.
 */
class AccessMatrixIT extends ApiIT {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyApiEndpointIsInTheMatrixAndEveryRuleIsAnEndpoint() {
    Set<String> endpoints = new HashSet<>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                  for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    endpoints.add(m.name() + " " + pattern);
                  }
                }
              }
            });
    Set<String> rules = new HashSet<>();
    AccessMatrix.rules().forEach(r -> rules.add(r.method().name() + " " + r.pattern()));
    assertThat(rules).as("rules for every endpoint").containsAll(endpoints);
    assertThat(endpoints).as("no rule without an endpoint").containsAll(rules);
  }

  @Test
  void everyRoleGetsWhatTheMatrixSays() {
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      String user = "matrix-" + role.name().toLowerCase().replace('_', '-');
      ensureUser(user, role);
      signInAs(user);
      for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
        Response r = probe(rule);
        boolean allowed = rule.allows(role);
        if (allowed && (r.status() == 401 || r.status() == 403 || r.status() >= 500)) {
          wrong.add(
              role
                  + " "
                  + rule.method()
                  + " "
                  + rule.pattern()
                  + " allowed but got "
                  + r.status()
                  + " "
                  + r.raw());
        }
        if (!allowed
            && (r.status() != 403
                || !r.contentType().contains("problem+json")
                || !"forbidden".equals(r.body().get("code").asString()))) {
          wrong.add(
              role + " " + rule.method() + " " + rule.pattern() + " denied but got " + r.status());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyEndpointWithoutCredentialsIs401Problem() {
    signOut();
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      Response r = probe(rule);
      assertThat(r.status()).as(rule.method() + " " + rule.pattern()).isEqualTo(401);
      assertThat(r.contentType()).contains("application/problem+json");
      assertThat(r.body().get("code").asString()).isEqualTo("unauthenticated");
    }
  }

  @Test
  void aWrongPasswordIs401AndRepeatedFailuresLockTheUserUntilAnAdminEnablesIt() {
    ensureUser("lock-me", Role.RISK);
    signInAs("lock-me");
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);
    signInAs("lock-me", "wrong-password-1");
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/v1/users/me").status()).isEqualTo(401);
    }
    signInAs("lock-me");
    assertThat(get("/api/v1/users/me").status())
        .as("locked, even with the right password")
        .isEqualTo(401);
    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/lock-me/enable", "").status()).isEqualTo(200);
    signInAs("lock-me");
    assertThat(get("/api/v1/users/me").body().get("roles").get(0).asString()).isEqualTo("RISK");
  }

  @Test
  void aDisabledUserIsRefusedAtOnceAndRoleChangesTakeEffectAtOnce() {
    ensureUser("short-lived", Role.FINANCE);
    signInAs("short-lived");
    assertThat(get("/api/v1/journal/trial-balance").status()).isEqualTo(200);
    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/short-lived/roles", "{\"roles\":[\"COLLECTOR\"]}").status())
        .isEqualTo(200);
    signInAs("short-lived");
    assertThat(get("/api/v1/journal/trial-balance").status())
        .as("verified credentials forgotten")
        .isEqualTo(403);
    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/short-lived/disable", "").status()).isEqualTo(200);
    signInAs("short-lived");
    assertThat(get("/api/v1/users/me").status()).isEqualTo(401);
  }

  @Test
  void anAdminCreatesUsersWithRolesAndAgency() {
    signInAs("admin", ADMIN_PASSWORD);
    Response created =
        post(
            "/api/v1/users",
            "{\"username\":\"agent-west\",\"password\":\"west-agent-pw\",\"roles\":[\"AGENT\"],\"agency\":\"west\"}");
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    assertThat(created.body().toString())
        .doesNotContain("west-agent-pw")
        .doesNotContain("passwordHash");
    assertThat(
            post(
                    "/api/v1/users",
                    "{\"username\":\"agent-west\",\"password\":\"west-agent-pw\",\"roles\":[\"AGENT\"]}")
                .status())
        .isEqualTo(409);
    Response shortPassword =
        post(
            "/api/v1/users",
            "{\"username\":\"x-user\",\"password\":\"short\",\"roles\":[\"AGENT\"]}");
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.body().get("field").asString()).isEqualTo("password");
    signInAs("agent-west", "west-agent-pw");
    Response me = get("/api/v1/users/me");
    assertThat(me.body().get("agency").asString()).isEqualTo("west");
  }

  private Response probe(AccessMatrix.Rule rule) {
    String path =
        rule.pattern()
            .replaceAll("\\{username}", "nobody-here")
            .replaceAll("\\{[a-z]+}", "987654321");
    return switch (rule.method().name()) {
      case "GET" -> get(path);
      case "DELETE" -> delete(path);
      default -> post(path, "{\"unknownProbeField\":1}");
    };
  }
}

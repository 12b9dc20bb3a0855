package dev.creditloop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.ApiIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens over real HTTP: created once and shown once, used as {@code Bearer}, carrying
 * the user's roles, stopped at once by revocation, expiry or a disabled user, never stored or
 * audited in clear.
 */
class ApiTokenIT extends ApiIT {

  @Autowired JdbcClient jdbc;

  private String createToken(String user, String name) {
    signInAs(user);
    Response created = post("/api/v1/users/me/tokens", Map.of("name", name));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.body().get("token").asString();
  }

  @Test
  void aMachineClientCallsTheApiWithItsTokenAndItsRolesOnly() {
    ensureUser("token-machine", Role.INTEGRATION);
    signInAs("token-machine");
    Response created =
        post("/api/v1/users/me/tokens", Map.of("name", "payment-channel", "expiresInDays", 30));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String token = created.body().get("token").asString();
    assertThat(token).startsWith("clt_").hasSizeGreaterThan(40);
    assertThat(created.body().get("expiresAt").isNull()).isFalse();

    signInWithToken(token);
    Response me = get("/api/v1/users/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().get("username").asString()).isEqualTo("token-machine");
    assertThat(get("/api/v1/business-date").status()).isEqualTo(200);
    Response outside = get("/api/v1/users");
    assertThat(outside.status()).as("the token carries the user's roles, no more").isEqualTo(403);

    Response listed = get("/api/v1/users/me/tokens");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.raw()).doesNotContain(token).doesNotContain(token.substring(12));
    JsonNode first = listed.body().get(0);
    assertThat(first.get("name").asString()).isEqualTo("payment-channel");
    assertThat(token).startsWith(first.get("hint").asString());
    assertThat(first.get("lastUsedAt").isNull()).as("last use recorded").isFalse();

    String stored =
        jdbc.sql("select token_hash from api_token where id = ?")
            .param(first.get("id").asLong())
            .query(String.class)
            .single();
    assertThat(stored).hasSize(64).doesNotContain(token.substring(4));
  }

  @Test
  void unknownRevokedAndExpiredTokensAre401Problems() {
    ensureUser("token-revoker", Role.RISK);
    String token = createToken("token-revoker", "laptop");
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);

    signInWithToken("clt_thisTokenWasNeverIssuedToAnyoneAtAll0123456789");
    Response unknown = get("/api/v1/users/me");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.contentType()).contains("application/problem+json");
    assertThat(unknown.body().get("code").asString()).isEqualTo("unauthenticated");

    signInWithToken(token);
    long id = get("/api/v1/users/me/tokens").body().get(0).get("id").asLong();
    Response revoked = delete("/api/v1/users/me/tokens/" + id);
    assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
    assertThat(revoked.body().get("revokedBy").asString()).isEqualTo("token-revoker");
    Response after = get("/api/v1/users/me");
    assertThat(after.status()).as("revoked: refused at once").isEqualTo(401);
    assertThat(after.body().get("code").asString()).isEqualTo("unauthenticated");

    String expiring = createToken("token-revoker", "expiring");
    jdbc.sql(
            "update api_token set expires_at = timestamp '2000-01-01 00:00:00' where name = 'expiring'")
        .update();
    signInWithToken(expiring);
    assertThat(get("/api/v1/users/me").status()).as("expired").isEqualTo(401);
  }

  @Test
  void aDisabledUsersTokensStopAtOnceAndRoleChangesApplyAtOnce() {
    ensureUser("token-disabled", Role.FINANCE);
    String token = createToken("token-disabled", "batch");
    signInWithToken(token);
    assertThat(get("/api/v1/journal/trial-balance").status()).isEqualTo(200);

    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/token-disabled/roles", "{\"roles\":[\"COLLECTOR\"]}").status())
        .isEqualTo(200);
    signInWithToken(token);
    assertThat(get("/api/v1/journal/trial-balance").status()).isEqualTo(403);

    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/token-disabled/disable", "").status()).isEqualTo(200);
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(401);

    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/token-disabled/enable", "").status()).isEqualTo(200);
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);
  }

  @Test
  void aUserLockedByWrongPasswordsIsLockedForItsTokensToo() {
    ensureUser("token-locked", Role.OPERATIONS);
    String token = createToken("token-locked", "cron");
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);
    signInAs("token-locked", "wrong-password-9");
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/v1/users/me").status()).isEqualTo(401);
    }
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).as("locked: its token too").isEqualTo(401);
    signInAs("admin", ADMIN_PASSWORD);
    assertThat(post("/api/v1/users/token-locked/enable", "").status()).isEqualTo(200);
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);
  }

  @Test
  void anAdminListsAndRevokesAnyonesTokensAndOthersCannot() {
    ensureUser("token-owner", Role.OPERATIONS);
    ensureUser("token-other", Role.OPERATIONS);
    String token = createToken("token-owner", "script");
    signInAs("token-owner");
    long id = get("/api/v1/users/me/tokens").body().get(0).get("id").asLong();

    signInAs("token-other");
    assertThat(delete("/api/v1/users/me/tokens/" + id).status())
        .as("not one's own: as if it did not exist")
        .isEqualTo(404);
    assertThat(delete("/api/v1/users/token-owner/tokens/" + id).status()).isEqualTo(403);

    signInAs("admin", ADMIN_PASSWORD);
    Response listed = get("/api/v1/users/token-owner/tokens");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body().get(0).get("id").asLong()).isEqualTo(id);
    assertThat(get("/api/v1/users/nobody-such/tokens").status()).isEqualTo(404);
    Response revoked = delete("/api/v1/users/token-owner/tokens/" + id);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.body().get("revokedBy").asString()).isEqualTo("admin");
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(401);
  }

  @Test
  void aTokensSecretNeverEntersTheAuditTrail() {
    ensureUser("token-audited", Role.ACCOUNT_MANAGER);
    String token = createToken("token-audited", "audited");
    signInWithToken(token);
    long id = get("/api/v1/users/me/tokens").body().get(0).get("id").asLong();
    assertThat(delete("/api/v1/users/me/tokens/" + id).status()).isEqualTo(200);

    List<Map<String, Object>> records =
        jdbc.sql(
                "select * from audit_record where actor = 'token-audited' and entity_type = 'api-token'")
            .query()
            .listOfRows();
    assertThat(records).as("creation and revocation recorded").hasSize(2);
    assertThat(records.toString()).contains("audited").doesNotContain(token.substring(4));
    String hash =
        jdbc.sql("select token_hash from api_token where id = ?")
            .param(id)
            .query(String.class)
            .single();
    String everything = jdbc.sql("select * from audit_record").query().listOfRows().toString();
    assertThat(everything).doesNotContain(token.substring(4)).doesNotContain(hash);
  }

  @Test
  void aTokenNeedsAName() {
    ensureUser("token-nameless", Role.RISK);
    signInAs("token-nameless");
    Response r = post("/api/v1/users/me/tokens", Map.of("expiresInDays", 0));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.raw()).contains("name");
  }
}

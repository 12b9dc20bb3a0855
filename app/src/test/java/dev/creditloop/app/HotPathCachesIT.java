package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * What the hot path keeps in memory (business date, list entries, the active strategy) is dropped
 * by every write through the server, so the next decision sees the change. The copies here would
 * otherwise live an hour: only the invalidation can make these tests pass. The drawdown strategy of
 * this context is one of the test's own, so activating its versions leaves the other tests alone.
 */
@TestPropertySource(
    properties = {
      "creditloop.cache.max-age-ms=3600000",
      "creditloop.decisioning.drawdown-strategy=hot-path-test"
    })
class HotPathCachesIT extends BookFixture {

  private Response precheck(long line, String amount) {
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/drawdown-decisions",
            Map.of("amount", amount, "termMonths", 12));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r;
  }

  private static String rejectAbove(int version, String limit) {
    return """
        id: hot-path-test
        version: %d
        mode: LIVE
        segments:
          - {name: all, when: "true", flow: main}
        flows:
          main:
            steps:
              - type: lists
                id: l
                checks:
                  - {list: BLACK, action: REJECT, reason: BLACKLIST}
              - type: rules
                id: r
                mode: ALL_MATCH
                rules:
                  - {id: big, when: "request_amount > %s", action: REJECT, reason: TOO_BIG}
        """
        .formatted(version, limit);
  }

  private void activate(int version, String limit) {
    Response saved =
        post(
            "/api/v1/strategies",
            rejectAbove(version, limit),
            Map.of("Content-Type", "application/yaml"));
    assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
    Response active =
        post("/api/v1/strategies/hot-path-test/versions/" + version + "/activate", Map.of());
    assertThat(active.status()).as(active.raw()).isEqualTo(200);
  }

  @Test
  void theNextDecisionSeesAnActivationAListEntryAddedAndRemovedAndAClosedDay() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    String phone = uniquePhone();
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Cached", "idNumber", uniqueIdNumber(), "phone", phone))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "CASH12", "9000.00");

    // no active version yet: approved without a decision, and the empty answer is kept too
    assertThat(precheck(line, "2000.00").body().get("outcome").asString()).isEqualTo("APPROVE");
    activate(1, "1000");
    Response strict = precheck(line, "2000.00");
    assertThat(strict.body().get("outcome").asString()).isEqualTo("REJECT");
    assertThat(strict.body().get("reasons").toString()).contains("TOO_BIG");
    activate(2, "5000");
    assertThat(precheck(line, "2000.00").body().get("outcome").asString()).isEqualTo("APPROVE");

    Response entry =
        post(
            "/api/v1/lists/entries",
            Map.of("list", "BLACK", "keyType", "PHONE", "value", phone, "reason", "mule"));
    assertThat(entry.status()).as(entry.raw()).isEqualTo(201);
    Response listed = precheck(line, "2000.00");
    assertThat(listed.body().get("outcome").asString()).isEqualTo("REJECT");
    assertThat(listed.body().get("reasons").toString()).contains("BLACKLIST");
    assertThat(delete("/api/v1/lists/entries/" + entry.body().get("id").asLong()).status())
        .isEqualTo(204);
    assertThat(precheck(line, "2000.00").body().get("outcome").asString()).isEqualTo("APPROVE");

    LocalDate today = today();
    closeThrough(today);
    assertThat(today()).isEqualTo(today.plusDays(1));
  }
}

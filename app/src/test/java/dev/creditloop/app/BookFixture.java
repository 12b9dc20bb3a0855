package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Small builders over the real API for integration tests. */
abstract class BookFixture extends ApiIT {

  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  static String uniqueIdNumber() {
    return String.format("1101011990%08d", SEQ.incrementAndGet() % 100_000_000);
  }

  static String uniquePhone() {
    return String.format("139%08d", SEQ.incrementAndGet() % 100_000_000);
  }

  String product(String code, String method, String unit, List<Integer> terms, String rate) {
    Response r =
        post(
            "/api/v1/products",
            Map.of(
                "code",
                code,
                "name",
                code + " product",
                "repaymentMethod",
                method,
                "termUnit",
                unit,
                "allowedTerms",
                terms,
                "annualRate",
                rate,
                "penaltyAnnualRate",
                "0.36",
                "graceDays",
                3,
                "aprCap",
                "0.36"));
    assertThat(r.status()).as(r.raw()).isIn(201, 409);
    return code;
  }

  long customer() {
    Response r =
        post(
            "/api/v1/customers",
            Map.of(
                "name",
                "Test " + SEQ.incrementAndGet(),
                "idNumber",
                uniqueIdNumber(),
                "phone",
                uniquePhone()));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.body().get("id").asLong();
  }

  long line(long customer, String product, String limit) {
    Response r =
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                customer,
                "productCode",
                product,
                "limit",
                limit,
                "expiresOn",
                today().plusYears(2).toString()));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.body().get("id").asLong();
  }

  JsonNode draw(long line, String amount, int months) {
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", amount, "termMonths", months));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.body();
  }

  LocalDate today() {
    return LocalDate.parse(get("/api/v1/business-date").body().get("businessDate").asString());
  }

  JsonNode closeThrough(LocalDate until) {
    Response r = post("/api/v1/business-date/close", Map.of("until", until.toString()));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body();
  }

  JsonNode loan(long id) {
    Response r = get("/api/v1/loans/" + id);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body();
  }

  JsonNode lineView(long id) {
    return get("/api/v1/credit-lines/" + id).body();
  }

  void assertTrialBalanceBalanced() {
    JsonNode tb = get("/api/v1/journal/trial-balance").body();
    assertThat(tb.get("balanced").asBoolean()).as(tb.toString()).isTrue();
    assertThat(tb.get("totalDebits").asString()).isEqualTo(tb.get("totalCredits").asString());
  }
}

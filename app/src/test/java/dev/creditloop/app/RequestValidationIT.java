package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are checked at the edge, every field named (issue 9, defect 7): text longer than
 * its column, control characters and lone surrogates, keys given twice, a byte-order mark, and
 * decimals written with spaces or exponents are each a 400, never a 500 or a silently altered
 * value.
 */
class RequestValidationIT extends BookFixture {

  private static String chars(int n) {
    return "x".repeat(n);
  }

  private void refused(Response r, String field) {
    assertThat(r.status()).as(r.raw()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("field").asString()).as(r.raw()).isEqualTo(field);
  }

  private Map<String, Object> productBody(String code, String name) {
    return Map.of(
        "code",
        code,
        "name",
        name,
        "repaymentMethod",
        "ANNUITY",
        "termUnit",
        "MONTHS",
        "allowedTerms",
        List.of(6, 12),
        "annualRate",
        "0.18");
  }

  @Test
  void aProductNameLongerThanItsColumnIsRefusedByName() {
    refused(post("/api/v1/products", productBody("LONGNAME", chars(129))), "name");
    assertThat(post("/api/v1/products", productBody("LONGNAME", chars(128))).status())
        .isEqualTo(201);
  }

  @Test
  void everyTextFieldIsCheckedAgainstItsColumn() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long line = line(customer, "CASH12", "5000.00");
    refused(
        post(
            "/api/v1/customers",
            Map.of("name", chars(129), "idNumber", uniqueIdNumber(), "phone", uniquePhone())),
        "name");
    refused(
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of("newLimit", "6000.00", "reason", chars(257))),
        "reason");
    refused(
        post("/api/v1/credit-lines/" + line + "/freeze", Map.of("reason", "r", "actor", chars(65))),
        "actor");
    refused(
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "100.00", "termMonths", 3, "deviceId", chars(129))),
        "deviceId");
    refused(
        post(
            "/api/v1/lists/entries",
            Map.of("list", "BLACK", "keyType", "DEVICE", "value", "d1", "reason", chars(257))),
        "reason");
    refused(post("/api/v1/drawdown-reviews/1/reject", Map.of("reviewer", chars(65))), "reviewer");
    refused(post("/api/v1/scoring-runs", Map.of("strategyId", chars(65))), "strategyId");
    refused(
        post(
            "/api/v1/products",
            Map.of(
                "code",
                "MANYTERMS",
                "name",
                "n",
                "repaymentMethod",
                "ANNUITY",
                "termUnit",
                "MONTHS",
                "allowedTerms",
                java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList(),
                "annualRate",
                "0.01")),
        "allowedTerms");
    // nothing was written by any of them
    assertThat(lineView(line).get("history").toString()).doesNotContain(chars(200));
  }

  @Test
  void aControlCharacterInTextIsRefusedNotStored() {
    refused(
        post(
            "/api/v1/customers",
            "{\"name\": \"\\u0000\", \"idNumber\": \""
                + uniqueIdNumber()
                + "\", \"phone\": \""
                + uniquePhone()
                + "\"}"),
        "name");
    refused(post("/api/v1/products", productBody("CTRL", "tab\there")), "name");
  }

  @Test
  void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
    refused(
        post(
            "/api/v1/customers",
            "{\"name\": \"Li \\ud800\", \"idNumber\": \""
                + uniqueIdNumber()
                + "\", \"phone\": \""
                + uniquePhone()
                + "\"}"),
        "name");
    // a proper pair (an emoji) is text like any other
    Response pair =
        post(
            "/api/v1/customers",
            "{\"name\": \"Li \\ud83d\\ude00\", \"idNumber\": \""
                + uniqueIdNumber()
                + "\", \"phone\": \""
                + uniquePhone()
                + "\"}");
    assertThat(pair.status()).as(pair.raw()).isEqualTo(201);
    assertThat(pair.body().get("name").asString()).isEqualTo("Li \ud83d\ude00");
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingIt() {
    Response r =
        post(
            "/api/v1/customers",
            "{\"name\": \"A\", \"idNumber\": \""
                + uniqueIdNumber()
                + "\", \"phone\": \""
                + uniquePhone()
                + "\", \"name\": \"B\"}");
    refused(r, "name");
    assertThat(r.body().get("code").asString()).isEqualTo("duplicate-field");
  }

  @Test
  void aByteOrderMarkIsRefusedNamingTheBody() {
    refused(
        post(
            "/api/v1/customers",
            "\uFEFF{\"name\": \"Bom\", \"idNumber\": \""
                + uniqueIdNumber()
                + "\", \"phone\": \""
                + uniquePhone()
                + "\"}"),
        "body");
  }

  @Test
  void amountsMustBePlainDecimals() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "5000.00");
    for (String amount :
        List.of("\" 100.00\"", "\"100.00 \"", "\"1E+2\"", "1E+2", "\"+100\"", "\"0x64\"")) {
      refused(
          post(
              "/api/v1/credit-lines/" + line + "/drawdowns",
              "{\"amount\": " + amount + ", \"termMonths\": 3}"),
          "amount");
    }
    refused(
        post(
            "/api/v1/products",
            Map.of(
                "code",
                "EXPRATE",
                "name",
                "n",
                "repaymentMethod",
                "ANNUITY",
                "termUnit",
                "MONTHS",
                "allowedTerms",
                List.of(6),
                "annualRate",
                "1.8E-1")),
        "annualRate");
    assertThat(lineView(line).get("available").asString()).isEqualTo("5000.00");
    // plain decimals, as strings or JSON numbers, still work
    assertThat(
            post(
                    "/api/v1/credit-lines/" + line + "/drawdown-decisions",
                    "{\"amount\": 100.00, \"termMonths\": 3}")
                .status())
        .isEqualTo(200);
    assertThat(
            post(
                    "/api/v1/credit-lines/" + line + "/drawdown-decisions",
                    "{\"amount\": \"100\", \"termMonths\": 3}")
                .status())
        .isEqualTo(200);
  }
}

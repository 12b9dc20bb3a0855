package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A loan has one shape in every answer that returns one (issue 9, defect 9e). */
class LoanShapeIT extends BookFixture {

  @Test
  void everyAnswerWithALoanHasTheSameShape() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    String idNumber = uniqueIdNumber();
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Shape", "idNumber", idNumber, "phone", uniquePhone()))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "CASH12", "8000.00");
    JsonNode drawn = draw(line, "500.00", 3);
    long loanId = drawn.get("id").asLong();
    Set<String> shape = fields(drawn);
    assertThat(shape)
        .contains("id", "status", "dpd", "bucket", "installments", "payoff", "delinquencyHistory");

    assertThat(fields(get("/api/v1/loans/" + loanId).body())).isEqualTo(shape);
    JsonNode listed = get("/api/v1/loans?customerId=" + customer).body().get("items").get(0);
    assertThat(fields(listed)).isEqualTo(shape);
    assertThat(listed).isEqualTo(get("/api/v1/loans/" + loanId).body());

    post(
        "/api/v1/lists/entries",
        Map.of(
            "list", "GREY", "keyType", "ID_NUMBER", "value", idNumber, "reason", "check income"));
    Response parked =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "400.00", "termMonths", 3));
    assertThat(parked.status()).as(parked.raw()).isEqualTo(202);
    Response approved =
        post(
            "/api/v1/drawdown-reviews/" + parked.body().get("reviewId").asLong() + "/approve",
            Map.of("note", "ok"));
    assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
    assertThat(fields(approved.body())).isEqualTo(shape);

    Response writtenOff =
        post("/api/v1/loans/" + loanId + "/write-off", Map.of("reason", "shape check"));
    assertThat(writtenOff.status()).as(writtenOff.raw()).isEqualTo(200);
    assertThat(fields(writtenOff.body())).isEqualTo(shape);
  }

  private static Set<String> fields(JsonNode node) {
    return new TreeSet<>(node.propertyNames());
  }
}

package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every list endpoint answers {@code {items, nextCursor}} a page at a time, and the loan and
 * decision lists filter (issue 9, defects 9c and 9d).
 */
class PagingIT extends BookFixture {

  @Test
  void loansComeAPageAtATimeWithACursorAndEveryLoanOnce() {
    // a product of this test's own, five customers drawing once each (the strategy reviews a
    // customer's third drawdown of a day)
    String code =
        product(
            "PG" + System.nanoTime() % 1_000_000, "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    List<Long> drawn = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      drawn.add(draw(line(customer(), code, "20000.00"), "100.00", 3).get("id").asLong());
    }
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Response page =
          get(
              "/api/v1/loans?productCode="
                  + code
                  + "&limit=2"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.raw()).isEqualTo(200);
      assertThat(page.body().get("items").size()).isLessThanOrEqualTo(2);
      page.body().get("items").forEach(l -> seen.add(l.get("id").asLong()));
      cursor =
          page.body().get("nextCursor").isNull() ? null : page.body().get("nextCursor").asString();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    java.util.Collections.reverse(drawn);
    assertThat(seen).containsExactlyElementsOf(drawn);
  }

  @Test
  void loansFilterByStatusBucketDpdProductAndCustomer() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    product("EP12", "EQUAL_PRINCIPAL", "MONTHS", List.of(6, 12), "0.15");
    long customer = customer();
    long cash = draw(line(customer, "CASH12", "5000.00"), "100.00", 3).get("id").asLong();
    long ep = draw(line(customer, "EP12", "5000.00"), "100.00", 6).get("id").asLong();
    assertThat(ids("/api/v1/loans?customerId=" + customer + "&productCode=EP12"))
        .containsExactly(ep);
    assertThat(
            ids(
                "/api/v1/loans?customerId="
                    + customer
                    + "&status=NORMAL&bucket=M0&dpdMin=0&dpdMax=0"))
        .containsExactly(ep, cash);
    assertThat(ids("/api/v1/loans?customerId=" + customer + "&status=OVERDUE")).isEmpty();
    assertThat(ids("/api/v1/loans?customerId=" + customer + "&dpdMin=1")).isEmpty();
    assertThat(get("/api/v1/loans?bucket=M9").status()).isEqualTo(400);
    assertThat(get("/api/v1/loans?dpdMin=5&dpdMax=2").body().get("field").asString())
        .isEqualTo("dpdMax");
  }

  @Test
  void everyListEndpointIsPagedTheSameWay() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long loan = draw(line(customer, "CASH12", "5000.00"), "100.00", 3).get("id").asLong();
    post(
        "/api/v1/lists/entries",
        Map.of("list", "GREY", "keyType", "DEVICE", "value", "PAGING-1", "reason", "r"));
    for (String path :
        List.of(
            "/api/v1/loans",
            "/api/v1/lists/entries",
            "/api/v1/decisions",
            "/api/v1/drawdown-reviews",
            "/api/v1/scoring-runs",
            "/api/v1/products",
            "/api/v1/strategies",
            "/api/v1/customers/" + customer + "/scores",
            "/api/v1/loans/" + loan + "/journal")) {
      Response r = get(path + "?limit=1");
      assertThat(r.status()).as(path + " " + r.raw()).isEqualTo(200);
      assertThat(r.body().has("items")).as(path).isTrue();
      assertThat(r.body().has("nextCursor")).as(path).isTrue();
      assertThat(r.body().get("items").size()).as(path).isLessThanOrEqualTo(1);
      assertThat(get(path + "?limit=501").body().get("field").asString())
          .as(path)
          .isEqualTo("limit");
      assertThat(get(path + "?cursor=not-a-cursor").body().get("field").asString())
          .as(path)
          .isEqualTo("cursor");
    }
  }

  @Test
  void decisionsNeedNoCustomerAndFilterByCustomerOutcomeAndTime() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long line = line(customer, "CASH12", "5000.00");
    draw(line, "100.00", 3);
    Response all = get("/api/v1/decisions");
    assertThat(all.status()).as(all.raw()).isEqualTo(200);
    assertThat(all.body().get("items").size()).isPositive();
    List<JsonNode> mine = getAll("/api/v1/decisions?customerId=" + customer);
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("outcome").asString()).isEqualTo("APPROVE");
    String decidedAt = mine.get(0).get("decidedAt").asString();
    assertThat(getAll("/api/v1/decisions?customerId=" + customer + "&outcome=REJECT")).isEmpty();
    assertThat(getAll("/api/v1/decisions?customerId=" + customer + "&from=" + decidedAt))
        .hasSize(1);
    assertThat(getAll("/api/v1/decisions?customerId=" + customer + "&to=" + decidedAt)).isEmpty();
    assertThat(get("/api/v1/decisions?outcome=MAYBE").body().get("field").asString())
        .isEqualTo("outcome");
  }

  private List<Long> ids(String path) {
    return getAll(path).stream().map(l -> l.get("id").asLong()).toList();
  }
}

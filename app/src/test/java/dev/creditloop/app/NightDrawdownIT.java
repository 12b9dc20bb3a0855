package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The night-time pattern through the real API, with the book's clock at 03:10 (02:00-05:00 is
 * night).
 */
@TestPropertySource(properties = "creditloop.business-clock.time-of-day=03:10")
class NightDrawdownIT extends BookFixture {

  @Test
  void aDrawdownAtNightGoesToReview() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "20000.00");
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "880.00", "termMonths", 12));
    assertThat(r.status()).as(r.raw()).isEqualTo(202);
    assertThat(codes(r)).contains("NIGHT_DRAWDOWN");
  }

  private static List<String> codes(Response r) {
    List<String> codes = new ArrayList<>();
    r.body().get("reasons").forEach(x -> codes.add(x.get("code").asString()));
    return codes;
  }
}

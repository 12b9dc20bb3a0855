package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.decisioning.backtest.HistoricalRequest;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.backtest.DelinquencyOutcomes;
import dev.creditloop.lending.backtest.RecordedDrawdownRequests;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backtest replays: the {@code DRAWDOWN_REQUESTED} behaviour events with the customer's
 * identifiers (decrypted, as the engine saw them), and how the customers' loans fared afterwards in
 * the delinquency history.
 */
@Repository
public class JdbcDrawdownRequestHistory implements RecordedDrawdownRequests, DelinquencyOutcomes {

  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final PersonalDataCipher cipher;

  JdbcDrawdownRequestHistory(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.json = json;
    this.cipher = cipher;
  }

  @Override
  public List<HistoricalRequest> madeBetween(Instant from, Instant until) {
    List<HistoricalRequest> out = new ArrayList<>();
    jdbc.sql(
            "select e.customer_id, e.credit_line_id, e.device_id, e.occurred_at, e.amount_minor, e.attributes, c.id_number_enc, c.phone_enc"
                + " from behaviour_event e join customer c on c.id = e.customer_id"
                + " where e.event_type = 'DRAWDOWN_REQUESTED' and e.occurred_at >= ? and e.occurred_at < ? order by e.occurred_at, e.id")
        .params(Timestamp.from(from), Timestamp.from(until))
        .query(
            rs -> {
              String attributes = rs.getString("attributes");
              Map<String, String> a =
                  attributes == null ? Map.of() : json.readValue(attributes, ATTRIBUTES);
              Map<String, Double> inputs = new LinkedHashMap<>();
              inputs.put(
                  BehaviourCatalogue.REQUEST_AMOUNT,
                  Money.ofMinor(rs.getLong("amount_minor")).toBigDecimal().doubleValue());
              inputs.put(
                  BehaviourCatalogue.REQUEST_TERM_MONTHS,
                  Double.parseDouble(a.getOrDefault(RequestDrawdown.TERM_MONTHS, "NaN")));
              inputs.put(
                  BehaviourCatalogue.CURRENT_DPD,
                  Double.parseDouble(a.getOrDefault(RequestDrawdown.CURRENT_DPD, "0")));
              long line = rs.getLong("credit_line_id");
              Long lineId = rs.wasNull() ? null : line;
              out.add(
                  new HistoricalRequest(
                      rs.getLong("customer_id"),
                      lineId,
                      cipher.decrypt(rs.getString("id_number_enc")),
                      cipher.decrypt(rs.getString("phone_enc")),
                      rs.getString("device_id"),
                      rs.getTimestamp("occurred_at").toInstant(),
                      inputs,
                      null));
            });
    return out;
  }

  @Override
  public boolean wentBad(long customerId, LocalDate after, LocalDate through) {
    return jdbc.sql(
                "select count(*) from delinquency_event d join loan l on l.id = d.loan_id where l.customer_id = ?"
                    + " and d.to_bucket not in ('M0', 'M1') and d.on_date > ? and d.on_date <= ?")
            .params(customerId, after, through)
            .query(Long.class)
            .single()
        > 0;
  }
}

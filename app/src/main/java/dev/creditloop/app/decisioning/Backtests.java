package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.servicing.BusinessClock;
import dev.creditloop.app.servicing.Drawdowns;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.decisioning.backtest.Backtest;
import dev.creditloop.decisioning.backtest.BacktestProgress;
import dev.creditloop.decisioning.backtest.BacktestReport;
import dev.creditloop.decisioning.backtest.Comparison;
import dev.creditloop.decisioning.backtest.HistoricalRequest;
import dev.creditloop.decisioning.backtest.HistoricalRequests;
import dev.creditloop.decisioning.backtest.KnownOutcome;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.PointInTimeFeatures;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.kernel.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the drawdown requests of a period through a strategy version with the features as they
 * were at each request (recomputed from stored events, never today's values), and where the outcome
 * is known by now, whether the customer went bad: a loan reaching M2 (31+ days past due) within the
 * outcome window after the request.
 */
@Service
public class Backtests {

  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Strategies strategies;
  private final BehaviourCatalogue catalogue;
  private final PointInTimeFeatures pointInTime;
  private final BusinessCalendar calendar;
  private final JsonMapper json;
  private final dev.creditloop.app.personal.PersonalDataCipher cipher;

  Backtests(
      JdbcClient jdbc,
      Strategies strategies,
      BehaviourCatalogue catalogue,
      JdbcEventStore events,
      BusinessCalendar calendar,
      JsonMapper json,
      dev.creditloop.app.personal.PersonalDataCipher cipher) {
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.strategies = strategies;
    this.catalogue = catalogue;
    this.pointInTime = new PointInTimeFeatures(catalogue, events);
    this.calendar = calendar;
    this.json = json;
  }

  /** The period, the outcome window and the versions to run. */
  public record Request(
      String strategyId,
      int version,
      Integer compareWithVersion,
      LocalDate from,
      LocalDate to,
      int outcomeDays) {}

  public Map<String, Object> run(Request r, BacktestProgress progress) {
    List<HistoricalRequest> history = history(r.from(), r.to(), r.outcomeDays());
    Backtest backtest =
        new Backtest(
            (customerId, lineId, deviceId, at, inputs) -> {
              RequestInputs ri = RequestInputs.none();
              for (Map.Entry<String, Double> e : inputs.entrySet()) {
                ri = ri.with(e.getKey(), e.getValue());
              }
              EntityKeys keys = EntityKeys.customer(customerId);
              if (lineId != null) {
                keys = keys.withCreditLine(lineId);
              }
              if (deviceId != null) {
                keys = keys.withDevice(deviceId);
              }
              return pointInTime.features(keys, at, ri);
            });
    CompiledStrategy first = strategies.compiled(r.strategyId(), r.version());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("period", Map.of("from", r.from(), "to", r.to(), "outcomeDays", r.outcomeDays()));
    out.put("requests", history.size());
    if (r.compareWithVersion() == null) {
      out.put("report", view(backtest.run(first, HistoricalRequests.of(history), progress)));
      return out;
    }
    CompiledStrategy second = strategies.compiled(r.strategyId(), r.compareWithVersion());
    Comparison c = backtest.compare(first, second, HistoricalRequests.of(history), progress);
    out.put("first", view(c.first()));
    out.put("second", view(c.second()));
    out.put(
        "matrix",
        Map.of(
            "rows",
            "first: APPROVE, REVIEW, REJECT",
            "columns",
            "second: APPROVE, REVIEW, REJECT",
            "counts",
            c.matrix()));
    out.put("approvedByFirstOnly", c.approvedByFirstOnly().size());
    out.put("approvedBySecondOnly", c.approvedBySecondOnly().size());
    out.put("badRateApprovedByFirstOnly", nullable(Comparison.badRate(c.approvedByFirstOnly())));
    out.put("badRateApprovedBySecondOnly", nullable(Comparison.badRate(c.approvedBySecondOnly())));
    return out;
  }

  private List<HistoricalRequest> history(LocalDate from, LocalDate to, int outcomeDays) {
    LocalDate knownThrough = calendar.today().minusDays(1);
    Instant start = from.atStartOfDay(BusinessClock.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant();
    List<HistoricalRequest> out = new ArrayList<>();
    jdbc.sql(
            "select e.customer_id, e.credit_line_id, e.device_id, e.occurred_at, e.amount_minor, e.attributes, c.id_number_enc, c.phone_enc"
                + " from behaviour_event e join customer c on c.id = e.customer_id"
                + " where e.event_type = 'DRAWDOWN_REQUESTED' and e.occurred_at >= ? and e.occurred_at < ? order by e.occurred_at, e.id")
        .params(Timestamp.from(start), Timestamp.from(end))
        .query(
            rs -> {
              Instant at = rs.getTimestamp("occurred_at").toInstant();
              String attributes = rs.getString("attributes");
              Map<String, String> a =
                  attributes == null ? Map.of() : json.readValue(attributes, ATTRIBUTES);
              Map<String, Double> inputs = new LinkedHashMap<>();
              inputs.put(
                  BehaviourCatalogue.REQUEST_AMOUNT,
                  Money.ofMinor(rs.getLong("amount_minor")).toBigDecimal().doubleValue());
              inputs.put(
                  BehaviourCatalogue.REQUEST_TERM_MONTHS,
                  Double.parseDouble(a.getOrDefault(Drawdowns.TERM_MONTHS, "NaN")));
              inputs.put(
                  BehaviourCatalogue.CURRENT_DPD,
                  Double.parseDouble(a.getOrDefault(Drawdowns.CURRENT_DPD, "0")));
              long line = rs.getLong("credit_line_id");
              Long lineId = rs.wasNull() ? null : line;
              out.add(
                  new HistoricalRequest(
                      rs.getLong("customer_id"),
                      lineId,
                      cipher.decrypt(rs.getString("id_number_enc")),
                      cipher.decrypt(rs.getString("phone_enc")),
                      rs.getString("device_id"),
                      at,
                      inputs,
                      null));
            });
    List<HistoricalRequest> withOutcomes = new ArrayList<>(out.size());
    for (HistoricalRequest h : out) {
      LocalDate day = LocalDate.ofInstant(h.at(), BusinessClock.ZONE);
      LocalDate windowEnd = day.plusDays(outcomeDays);
      boolean bad =
          jdbc.sql(
                      "select count(*) from delinquency_event d join loan l on l.id = d.loan_id where l.customer_id = ?"
                          + " and d.to_bucket not in ('M0', 'M1') and d.on_date > ? and d.on_date <= ?")
                  .params(h.customerId(), day, windowEnd)
                  .query(Long.class)
                  .single()
              > 0;
      KnownOutcome outcome =
          bad
              ? KnownOutcome.BAD
              : windowEnd.isAfter(knownThrough) ? KnownOutcome.UNKNOWN : KnownOutcome.GOOD;
      withOutcomes.add(
          new HistoricalRequest(
              h.customerId(),
              h.lineId(),
              h.idNumber(),
              h.phone(),
              h.deviceId(),
              h.at(),
              h.requestInputs(),
              outcome));
    }
    return withOutcomes;
  }

  private static Map<String, Object> view(BacktestReport r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("strategyId", r.strategyId());
    v.put("version", r.version());
    v.put("total", r.total());
    v.put("approved", r.approved());
    v.put("reviewed", r.reviewed());
    v.put("rejected", r.rejected());
    v.put("approveRate", r.approveRate());
    v.put("reviewRate", r.reviewRate());
    v.put("rejectRate", r.rejectRate());
    v.put("badRateOfApproved", nullable(r.badRateOfApproved()));
    v.put("badRateOfRejected", nullable(r.badRateOfRejected()));
    v.put(
        "outcomes",
        Map.of(
            "approved",
            r.approvedOutcomes(),
            "reviewed",
            r.reviewedOutcomes(),
            "rejected",
            r.rejectedOutcomes()));
    v.put("ruleHitRates", r.rules());
    v.put("topOverlaps", r.topOverlaps(10));
    return v;
  }

  private static Double nullable(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}

package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.JdbcDrawdownRequestHistory;
import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.PointInTimeFeatures;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.lending.backtest.BacktestStrategy;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backtest use case wired to the database: stored events, strategies, the business date. */
@Configuration
class BacktestBeans {

  @Bean
  BacktestStrategy backtestStrategy(
      JdbcDrawdownRequestHistory history,
      Strategies strategies,
      BehaviourCatalogue catalogue,
      JdbcEventStore events,
      BusinessCalendar calendar) {
    PointInTimeFeatures pointInTime = new PointInTimeFeatures(catalogue, events);
    return new BacktestStrategy(
        history,
        history,
        strategies::compiled,
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
        },
        calendar::today);
  }
}

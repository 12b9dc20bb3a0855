package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventStore;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.GeoPoint;
import dev.creditloop.kernel.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Behaviour events in the database. An event is acknowledged only after its insert commits, so an
 * acknowledged event survives a crash; the feature state is rebuilt from this table at start.
 */
@Repository
public class JdbcEventStore implements EventStore {

  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, event_type, customer_id, credit_line_id, device_id, occurred_at, amount_minor, latitude, longitude, attributes";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;
  private final Clock clock;
  private final RowMapper<BehaviourEvent> row = this::map;
  private final javax.sql.DataSource dataSource;
  private long nextId;
  private long blockEnd;

  JdbcEventStore(JdbcClient jdbc, javax.sql.DataSource dataSource, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    // A template of its own: streaming needs a fetch size the shared one must not have.
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(10_000);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public BehaviourEvent append(BehaviourEvent e) {
    BehaviourEvent numbered = e.withSequence(nextId());
    insertAll(List.of(numbered));
    return numbered;
  }

  /** The next event id: from the sequence in blocks of 1,000, so numbering costs no round trip. */
  public synchronized long nextId() {
    if (nextId >= blockEnd) {
      nextId = jdbc.sql("select nextval('behaviour_event_seq')").query(Long.class).single();
      blockEnd = nextId + 1000;
    }
    return nextId++;
  }

  /** Inserts events already numbered by {@link #nextId()}, in one statement per 200. */
  public void insertAll(List<BehaviourEvent> events) {
    Timestamp received = Timestamp.from(clock.instant());
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "behaviour_event",
            List.of(
                "id",
                "event_type",
                "customer_id",
                "credit_line_id",
                "device_id",
                "occurred_at",
                "amount_minor",
                "latitude",
                "longitude",
                "attributes",
                "received_at"),
            Integer.MAX_VALUE)) {
      for (BehaviourEvent e : events) {
        rows.add(
            e.sequence(),
            e.type().name(),
            e.customerId(),
            e.creditLineId(),
            e.deviceId(),
            Timestamp.from(e.occurredAt()),
            e.amount() == null ? null : e.amount().minor(),
            e.position() == null ? null : e.position().latitude(),
            e.position() == null ? null : e.position().longitude(),
            e.attributes().isEmpty() ? null : json.writeValueAsString(e.attributes()),
            received);
      }
    }
  }

  @Override
  public List<BehaviourEvent> customerEvents(long customerId, Instant upTo) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from behaviour_event where customer_id = ? and occurred_at <= ? order by occurred_at, id")
        .params(customerId, Timestamp.from(upTo))
        .query(row)
        .list();
  }

  @Override
  public List<BehaviourEvent> creditLineEvents(long creditLineId, Instant upTo) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from behaviour_event where credit_line_id = ? and occurred_at <= ? order by occurred_at, id")
        .params(creditLineId, Timestamp.from(upTo))
        .query(row)
        .list();
  }

  @Override
  public List<BehaviourEvent> deviceEvents(String deviceId, Instant upTo) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from behaviour_event where device_id = ? and occurred_at <= ? order by occurred_at, id")
        .params(deviceId, Timestamp.from(upTo))
        .query(row)
        .list();
  }

  @Override
  public void forEachInTimeOrder(Instant upTo, Consumer<? super BehaviourEvent> action) {
    template.query(
        "select "
            + COLUMNS
            + " from behaviour_event where occurred_at <= ? order by occurred_at, id",
        rs -> {
          action.accept(map(rs, 0));
        },
        Timestamp.from(upTo));
  }

  /** Streams every event in arrival order (id), for rebuilding the incremental feature state. */
  public void forEachInArrivalOrder(Consumer<? super BehaviourEvent> action) {
    template.query(
        "select " + COLUMNS + " from behaviour_event order by id",
        rs -> {
          action.accept(map(rs, 0));
        });
  }

  private BehaviourEvent map(ResultSet rs, int n) throws SQLException {
    long amount = rs.getLong("amount_minor");
    Money money = rs.wasNull() ? null : Money.ofMinor(amount);
    double lat = rs.getDouble("latitude");
    GeoPoint position = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
    long line = rs.getLong("credit_line_id");
    Long lineId = rs.wasNull() ? null : line;
    String attributes = rs.getString("attributes");
    return new BehaviourEvent(
        rs.getLong("id"),
        EventType.valueOf(rs.getString("event_type")),
        rs.getLong("customer_id"),
        lineId,
        rs.getString("device_id"),
        rs.getTimestamp("occurred_at").toInstant(),
        money,
        position,
        attributes == null ? Map.of() : json.readValue(attributes, ATTRIBUTES));
  }
}

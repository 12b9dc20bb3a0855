package dev.creditloop.app.decisioning.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.decisioning.BehaviourFeed;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.GeoPoint;
import dev.creditloop.kernel.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Behaviour events", description = "App and channel behaviour that feeds the features")
class EventController {

  /** Servicing events (drawdowns, repayments, overdue...) are emitted by the ledger itself. */
  private static final Set<EventType> EXTERNAL =
      Set.of(
          EventType.LOGIN,
          EventType.DEVICE_SEEN,
          EventType.GPS_POSITION,
          EventType.APP_ACTIVITY,
          EventType.PAYMENT_FAILED);

  private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);

  private final BehaviourFeed feed;
  private final Customers customers;
  private final dev.creditloop.app.servicing.BusinessClock clock;

  EventController(
      BehaviourFeed feed, Customers customers, dev.creditloop.app.servicing.BusinessClock clock) {
    this.feed = feed;
    this.customers = customers;
    this.clock = clock;
  }

  record NewEvent(
      @Schema(
              requiredMode = REQUIRED,
              example = "LOGIN",
              description = "LOGIN, DEVICE_SEEN, GPS_POSITION, APP_ACTIVITY or PAYMENT_FAILED")
          String type,
      @Schema(
              requiredMode = REQUIRED,
              example = "17",
              description = "the customer the event is about")
          Long customerId,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "12",
              description = "the credit line it concerns, if any")
          Long creditLineId,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "dev-7f3a",
              maxLength = 128,
              description = "the device it comes from")
          String deviceId,
      @Schema(
              requiredMode = REQUIRED,
              example = "2026-12-06T03:15:00Z",
              description =
                  "when it happened; up to 5 minutes ahead of the book's time is taken as now, later is refused")
          Instant occurredAt,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "500.00",
              description = "an amount, e.g. of a failed payment")
          BigDecimal amount,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "31.2304",
              description = "GPS latitude (GPS_POSITION needs it), -90 to 90")
          Double latitude,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "121.4737",
              description = "GPS longitude (GPS_POSITION needs it), -180 to 180")
          Double longitude,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "{\"screen\": \"loan-offer\"}",
              description = "free key/value details")
          Map<String, String> attributes) {}

  record EventAccepted(long id, String type, long customerId, Instant occurredAt) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record a behaviour event: LOGIN, DEVICE_SEEN, GPS_POSITION, APP_ACTIVITY or PAYMENT_FAILED. "
              + "Answered only after the event is stored.")
  EventAccepted record(@RequestBody NewEvent body) {
    Fields f = Fields.check();
    f.required("type", body.type());
    f.required("customerId", body.customerId());
    f.required("occurredAt", body.occurredAt());
    EventType type = null;
    if (body.type() != null && !body.type().isBlank()) {
      try {
        type = EventType.valueOf(body.type());
      } catch (IllegalArgumentException e) {
        type = null;
      }
      f.that(type != null && EXTERNAL.contains(type), "type", "must be one of " + EXTERNAL);
    }
    Money amount = f.optionalPositiveMoney("amount", body.amount());
    GeoPoint position = null;
    if (body.latitude() != null || body.longitude() != null) {
      boolean both = body.latitude() != null && body.longitude() != null;
      f.that(
          both,
          body.latitude() == null ? "latitude" : "longitude",
          "latitude and longitude go together");
      if (both) {
        f.that(
            body.latitude() >= -90 && body.latitude() <= 90,
            "latitude",
            "must be between -90 and 90");
        f.that(
            body.longitude() >= -180 && body.longitude() <= 180,
            "longitude",
            "must be between -180 and 180");
        if (!f.hasIssues()) {
          position = new GeoPoint(body.latitude(), body.longitude());
        }
      }
    }
    if (type == EventType.GPS_POSITION) {
      f.that(
          body.latitude() != null && body.longitude() != null,
          "latitude",
          "a GPS_POSITION needs latitude and longitude");
    }
    if (body.deviceId() != null) {
      f.that(!body.deviceId().isBlank(), "deviceId", "must not be blank");
    }
    Instant now = clock.now();
    if (body.occurredAt() != null) {
      f.that(
          !body.occurredAt().isAfter(now.plus(SKEW)),
          "occurredAt",
          "is in the future (the book's time is " + now + ")");
    }
    f.orThrow();
    // Device clocks run a little fast: within the tolerated skew an event is taken as happening
    // now.
    Instant occurredAt = body.occurredAt().isAfter(now) ? now : body.occurredAt();
    if (customers.find(body.customerId()).isEmpty()) {
      throw ApiProblem.unprocessable(
          "unknown-customer", "customerId", "customer " + body.customerId() + " does not exist");
    }
    BehaviourEvent event;
    try {
      event =
          new BehaviourEvent(
              0,
              type,
              body.customerId(),
              body.creditLineId(),
              body.deviceId(),
              occurredAt,
              amount,
              position,
              body.attributes());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badField("invalid-field", "attributes", e.getMessage());
    }
    BehaviourEvent stored = feed.record(event);
    return new EventAccepted(
        stored.sequence(), stored.type().name(), stored.customerId(), stored.occurredAt());
  }
}

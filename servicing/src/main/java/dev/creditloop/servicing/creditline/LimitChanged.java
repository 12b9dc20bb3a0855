package dev.creditloop.servicing.creditline;

import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

public record LimitChanged(long lineId, long customerId, LimitChange change)
    implements ServicingEvent {

  @Override
  public LocalDate on() {
    return change.on();
  }
}

package dev.creditloop.servicing;

import java.util.List;

/** Port: where servicing events are stored for the app and the decisioning module. */
public interface ServicingEvents {

  void appendAll(List<? extends ServicingEvent> events);
}

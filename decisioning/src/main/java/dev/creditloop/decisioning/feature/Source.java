package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A series of points taken from one entity's events: those of the given types that pass the filter,
 * each giving a number (its measure) at its instant. Equal sources are stored once.
 */
record Source(Entity entity, Set<EventType> types, EventFilter filter, Measure measure) {

  Source {
    types = Set.copyOf(types);
  }

  static Source of(Entity entity, EventType type, Measure measure) {
    return new Source(entity, Set.of(type), new EventFilter.Always(), measure);
  }

  static Source anyType(Entity entity, EventFilter filter, Measure measure) {
    return new Source(entity, EnumSet.allOf(EventType.class), filter, measure);
  }

  Source where(EventFilter narrower) {
    return new Source(entity, types, narrower, measure);
  }

  Source measuring(Measure other) {
    return new Source(entity, types, filter, other);
  }
}

package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.EventType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the compiled features need kept, worked out while they compile: the distinct sources, how
 * long each must retain points (its longest sliding window), how many recent points it must always
 * keep, whether it keeps monthly totals; the windows read over them; the slots of features already
 * declared; the names of request inputs. After compilation it is only read.
 */
final class Layout {

  /** A window over a source, read once per evaluation and shared by the features using it. */
  record View(int source, Window window) {}

  static final class Plan {
    final Source source;
    long retentionMillis;
    int minKeep;
    boolean monthly;

    Plan(Source source) {
      this.source = source;
    }

    boolean ringed() {
      return retentionMillis > 0 || minKeep > 0;
    }
  }

  private final int pointCap;
  private final List<Plan> plans = new ArrayList<>();
  private final Map<Source, Integer> sourceIds = new HashMap<>();
  private final List<View> views = new ArrayList<>();
  private final Map<View, Integer> viewIds = new HashMap<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> requestInputs = new ArrayList<>();
  private int[][][] routes;

  /**
   * The slots of other features asked for by {@link #slot} while a feature compiles: the only way a
   * compiled feature learns where another one is, so these are all the features it reads.
   */
  private BitSet reads;

  Layout(int pointCap) {
    this.pointCap = pointCap;
  }

  // ---- while compiling

  int source(Source source) {
    return sourceIds.computeIfAbsent(
        source,
        s -> {
          plans.add(new Plan(s));
          return plans.size() - 1;
        });
  }

  int view(Source source, Window window) {
    int id = source(source);
    Plan plan = plans.get(id);
    if (window instanceof Window.Sliding sliding) {
      plan.retentionMillis = Math.max(plan.retentionMillis, sliding.millis());
    } else if (window instanceof Window.Latest latest) {
      if (latest.count() > pointCap) {
        throw new IllegalArgumentException("cannot keep " + latest.count() + " points");
      }
      plan.minKeep = Math.max(plan.minKeep, latest.count());
    } else {
      throw new IllegalArgumentException("all-time aggregates read totals, not a view");
    }
    return viewIds.computeIfAbsent(
        new View(id, window),
        v -> {
          views.add(v);
          return views.size() - 1;
        });
  }

  int monthly(Source source) {
    int id = source(source);
    plans.get(id).monthly = true;
    return id;
  }

  /** The slot of a feature declared earlier: derived features read only what precedes them. */
  int slot(String feature) {
    Integer slot = slots.get(feature);
    if (slot == null) {
      throw new IllegalArgumentException("unknown or later feature: " + feature);
    }
    if (reads != null) {
      reads.set(slot);
    }
    return slot;
  }

  /** Starts noting the slots {@link #slot} gives out, until {@link #readsNoted}. */
  void noteReads() {
    reads = new BitSet();
  }

  /** The slots given out since {@link #noteReads}; stops noting. */
  BitSet readsNoted() {
    BitSet noted = reads;
    reads = null;
    return noted;
  }

  int requestInput(String name) {
    requestInputs.add(name);
    return requestInputs.size() - 1;
  }

  void declared(String feature, int slot) {
    slots.put(feature, slot);
  }

  void freeze() {
    routes = new int[Entity.values().length][EventType.values().length][];
    for (Entity entity : Entity.values()) {
      for (EventType type : EventType.values()) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
          Source s = plans.get(i).source;
          if (s.entity() == entity && s.types().contains(type)) {
            ids.add(i);
          }
        }
        routes[entity.ordinal()][type.ordinal()] =
            ids.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  // ---- after compiling

  int pointCap() {
    return pointCap;
  }

  int sourceCount() {
    return plans.size();
  }

  Plan plan(int source) {
    return plans.get(source);
  }

  int viewCount() {
    return views.size();
  }

  View view(int id) {
    return views.get(id);
  }

  List<String> requestInputs() {
    return List.copyOf(requestInputs);
  }

  /** The sources of the entity that events of this type feed. */
  int[] routes(Entity entity, EventType type) {
    return routes[entity.ordinal()][type.ordinal()];
  }
}

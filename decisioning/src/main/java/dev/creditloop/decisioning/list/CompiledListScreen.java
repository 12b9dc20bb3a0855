package dev.creditloop.decisioning.list;

import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.rule.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A list-screening step ready to run: one store lookup for all keys of a request. Immutable. */
public final class CompiledListScreen {

  private final String id;
  private final ListCheckDefinition[] checks;
  private final Set<KeyType>[] keys;
  private final boolean[] used = new boolean[KeyType.values().length];

  @SuppressWarnings("unchecked")
  private CompiledListScreen(String id, List<ListCheckDefinition> checks) {
    this.id = id;
    this.checks = checks.toArray(ListCheckDefinition[]::new);
    this.keys = new Set[checks.size()];
    for (int i = 0; i < this.checks.length; i++) {
      List<KeyType> declared = this.checks[i].keys();
      keys[i] =
          declared == null || declared.isEmpty()
              ? EnumSet.allOf(KeyType.class)
              : EnumSet.copyOf(declared);
      for (KeyType k : keys[i]) {
        used[k.ordinal()] = true;
      }
    }
  }

  /** Validates and compiles; problems are recorded relative to the step and null returned. */
  public static CompiledListScreen compile(ListScreenDefinition d, Problems problems) {
    int before = problems.count();
    List<ListCheckDefinition> checks = d.checks() == null ? List.of() : d.checks();
    if (checks.isEmpty()) {
      problems.at("checks").add("a list step needs at least one check");
    }
    for (int i = 0; i < checks.size(); i++) {
      ListCheckDefinition c = checks.get(i);
      Problems at = problems.at("checks").at(i);
      at.require("list", c.list());
      if (at.require("action", c.action())
          && c.action() != Action.PASS
          && (c.reason() == null || c.reason().isBlank())) {
        at.at("reason").add("a " + c.action() + " check needs a reason code");
      }
      if (c.keys() != null && c.keys().stream().anyMatch(java.util.Objects::isNull)) {
        at.at("keys").add("unknown key type; use ID_NUMBER, PHONE or DEVICE");
      }
    }
    return problems.count() > before ? null : new CompiledListScreen(d.id(), checks);
  }

  public ListScreenResult screen(
      String idNumber, String phone, String deviceId, Instant at, ListEntries entries) {
    List<ListKey> lookup = new ArrayList<>(3);
    addKey(lookup, KeyType.ID_NUMBER, idNumber);
    addKey(lookup, KeyType.PHONE, phone);
    addKey(lookup, KeyType.DEVICE, deviceId);
    if (lookup.isEmpty()) {
      return ListScreenResult.CLEAR;
    }
    List<ListEntry> found = entries.liveEntries(lookup, at);
    if (found.isEmpty()) {
      return ListScreenResult.CLEAR;
    }
    List<ListHit> hits = new ArrayList<>(2);
    Action action = Action.PASS;
    for (int i = 0; i < checks.length; i++) {
      ListCheckDefinition check = checks[i];
      for (ListEntry entry : found) {
        if (entry.list() == check.list() && keys[i].contains(entry.key().type())) {
          Action a = check.action();
          hits.add(
              new ListHit(
                  i,
                  entry.list(),
                  entry.key().type(),
                  entry.key().masked(),
                  entry.reason(),
                  a,
                  check.reason(),
                  check.message() == null ? entry.reason() : check.message()));
          action = action.worst(a);
        }
      }
    }
    return hits.isEmpty()
        ? ListScreenResult.CLEAR
        : new ListScreenResult(action, List.copyOf(hits));
  }

  private void addKey(List<ListKey> lookup, KeyType type, String raw) {
    if (used[type.ordinal()]) {
      Optional<ListKey> key = ListKey.of(type, raw);
      key.ifPresent(lookup::add);
    }
  }

  public String id() {
    return id;
  }

  public int checks() {
    return checks.length;
  }

  /** Steps of the flow a hit on check {@code i} skips. */
  public List<String> skip(int i) {
    List<String> skip = checks[i].skip();
    return skip == null ? List.of() : skip;
  }
}

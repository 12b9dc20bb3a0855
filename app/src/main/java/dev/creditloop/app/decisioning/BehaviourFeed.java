package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.servicing.BusinessClock;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.FeatureStates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where behaviour events enter: stored durably first, then folded into the incremental feature
 * state. Inside a transaction the fold waits for the commit, so features never see an event that
 * was rolled back; at start the state is rebuilt from the stored events. The state is kept behind
 * the {@link FeatureStates} port (today the in-heap store), so another store can replace it here
 * without touching its callers.
 */
@Component
public class BehaviourFeed implements dev.creditloop.lending.port.BehaviourEvents {

  private static final Logger log = LoggerFactory.getLogger(BehaviourFeed.class);

  private final JdbcEventStore store;
  private final FeatureStates states;
  private final boolean complete;
  private final BusinessClock clock;

  BehaviourFeed(
      JdbcEventStore store,
      BehaviourCatalogue catalogue,
      TransactionTemplate tx,
      BusinessClock clock,
      @org.springframework.beans.factory.annotation.Value(
              "${creditloop.features.rebuild-on-start:true}")
          boolean rebuild) {
    this.store = store;
    this.states = FeatureStates.inHeap(catalogue);
    this.complete = rebuild;
    this.clock = clock;
    if (!rebuild) {
      return;
    }
    replayStoredEvents(tx);
  }

  /** Builds the state from every stored event, in arrival order. */
  private void replayStoredEvents(TransactionTemplate tx) {
    long started = System.nanoTime();
    Instant[] newest = {Instant.MIN};
    tx.executeWithoutResult(
        s ->
            states.rebuild(
                sink ->
                    store.forEachInArrivalOrder(
                        e -> {
                          if (e.occurredAt().isAfter(newest[0])) {
                            newest[0] = e.occurredAt();
                          }
                          sink.accept(e);
                        })));
    // the features hold these events now: no request may be stamped before the newest of them
    clock.notBefore(newest[0]);
    long count = states.eventsIngested();
    if (count > 0) {
      log.info(
          "feature state rebuilt from {} stored events in {} ms",
          count,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /**
   * Stores the event and, once stored for good, feeds it to the features. Inside a transaction the
   * events of the transaction are written together just before it commits.
   */
  public BehaviourEvent record(BehaviourEvent event) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      BehaviourEvent stored = store.append(event);
      states.ingest(stored);
      return stored;
    }
    BehaviourEvent numbered = event.withSequence(store.nextId());
    pendingInTransaction(true).add(numbered);
    return numbered;
  }

  /**
   * Like {@link #record}, but the features see the event at once, before the transaction commits:
   * for the drawdown request itself, which the decision on that request must count. Should the
   * transaction then fail, the in-memory state holds one event the store does not, until the next
   * start rebuilds it.
   */
  public BehaviourEvent recordAndSeeNow(BehaviourEvent event) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return record(event);
    }
    BehaviourEvent numbered = event.withSequence(store.nextId());
    states.ingest(numbered);
    pendingInTransaction(false).add(numbered);
    return numbered;
  }

  private List<BehaviourEvent> pendingInTransaction(boolean ingestAfterCommit) {
    Pending existing = (Pending) TransactionSynchronizationManager.getResource(this);
    if (existing != null) {
      return ingestAfterCommit ? existing.toIngest : existing.toStore;
    }
    Pending created = new Pending(new ArrayList<>(), new ArrayList<>());
    TransactionSynchronizationManager.bindResource(this, created);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            List<BehaviourEvent> all = new ArrayList<>(created.toStore);
            all.addAll(created.toIngest);
            store.insertAll(all);
          }

          @Override
          public void afterCommit() {
            created.toIngest.forEach(states::ingest);
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BehaviourFeed.this);
          }
        });
    return ingestAfterCommit ? created.toIngest : created.toStore;
  }

  /** Events of one transaction: some already seen by the features, the rest seen after commit. */
  private record Pending(List<BehaviourEvent> toStore, List<BehaviourEvent> toIngest) {}

  /**
   * Folds every stored event into the live state, for a state that has seen none yet: after events
   * were bulk-loaded behind the feed's back (the demo's simulated history).
   *
   * @throws IllegalStateException if the state has already seen events (they would count twice)
   */
  public void ingestStoredEvents(TransactionTemplate tx) {
    replayStoredEvents(tx);
  }

  /**
   * Whether the live state holds every stored event (rebuilt at start); false in commands started
   * without the rebuild, whose features must then be recomputed from stored events.
   */
  public boolean isComplete() {
    return complete;
  }

  public FeatureStates states() {
    return states;
  }
}

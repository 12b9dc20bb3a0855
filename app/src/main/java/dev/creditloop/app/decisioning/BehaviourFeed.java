package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.FeatureStates;
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
 * was rolled back; at start the state is rebuilt from the stored events.
 */
@Component
public class BehaviourFeed {

  private static final Logger log = LoggerFactory.getLogger(BehaviourFeed.class);

  private final JdbcEventStore store;
  private final FeatureStates states;

  BehaviourFeed(JdbcEventStore store, BehaviourCatalogue catalogue, TransactionTemplate tx,
                @org.springframework.beans.factory.annotation.Value("${creditloop.features.rebuild-on-start:true}") boolean rebuild) {
    this.store = store;
    this.states = new FeatureStates(catalogue);
    if (!rebuild) {
      return;
    }
    long started = System.nanoTime();
    long[] count = {0};
    tx.executeWithoutResult(s -> store.forEachInArrivalOrder(e -> {
      states.ingest(e);
      count[0]++;
    }));
    if (count[0] > 0) {
      log.info("feature state rebuilt from {} stored events in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
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
    pendingInTransaction().add(numbered);
    return numbered;
  }

  @SuppressWarnings("unchecked")
  private List<BehaviourEvent> pendingInTransaction() {
    Object existing = TransactionSynchronizationManager.getResource(this);
    if (existing != null) {
      return (List<BehaviourEvent>) existing;
    }
    List<BehaviourEvent> pending = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(this, pending);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        store.insertAll(pending);
      }

      @Override
      public void afterCommit() {
        pending.forEach(states::ingest);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(BehaviourFeed.this);
      }
    });
    return pending;
  }

  public FeatureStates states() {
    return states;
  }
}

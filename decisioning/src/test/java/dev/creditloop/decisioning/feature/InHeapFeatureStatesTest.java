package dev.creditloop.decisioning.feature;

/** Today's store, every entity's state on the heap, against the contract of the port. */
class InHeapFeatureStatesTest extends FeatureStatesContract {

  @Override
  protected FeatureStates emptyStore(BehaviourCatalogue catalogue) {
    return FeatureStates.inHeap(catalogue);
  }
}

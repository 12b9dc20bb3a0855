package dev.creditloop.servicing.delinquency;

import java.util.List;

/** Port: where bucket transitions are kept. Implemented by the app. */
public interface DelinquencyHistory {

  void recordAll(List<BucketChanged> changes);
}

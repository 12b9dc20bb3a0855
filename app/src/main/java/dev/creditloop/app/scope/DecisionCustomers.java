package dev.creditloop.app.scope;

import java.util.Optional;

/**
 * The customer a logged decision was about; empty when there is no such decision. The decisioning
 * feature answers it from its decision log, which also knows the decisions still queued for
 * writing.
 */
public interface DecisionCustomers {

  Optional<Long> customerOf(long decisionId);
}

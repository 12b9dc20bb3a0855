package dev.creditloop.lending.port;

import dev.creditloop.servicing.creditline.CreditLine;
import java.util.Optional;

/** Port: the stored credit lines, read, locked and saved one at a time. */
public interface CreditLines {

  Optional<CreditLine> find(long id);

  /**
   * The line, locked until the transaction ends: two drawdowns on one line queue here, so together
   * they can never exceed what is available.
   */
  Optional<CreditLine> lock(long id);

  void save(CreditLine line);
}

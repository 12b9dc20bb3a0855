package dev.creditloop.servicing.creditline;

import java.time.LocalDate;
import java.util.List;

/** Port: the stored credit lines the daily close needs. Implemented by the app. */
public interface CreditLines {

  /**
   * Up to {@code limit} lines with id greater than {@code afterId}, in id order, whose close of
   * {@code day} has work: status ACTIVE or FROZEN and {@code expiresOn < day}, or a temporary limit
   * with {@code until < day} (see {@link CreditLine#needsClose}).
   */
  List<CreditLine> needingClose(LocalDate day, long afterId, int limit);

  void saveAll(List<CreditLine> lines);
}

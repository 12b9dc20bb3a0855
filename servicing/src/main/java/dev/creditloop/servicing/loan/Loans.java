package dev.creditloop.servicing.loan;

import java.time.LocalDate;
import java.util.List;

/** Port: the stored loans the daily close needs. Implemented by the app. */
public interface Loans {

  /**
   * Up to {@code limit} loans with id greater than {@code afterId}, in id order, that the close of
   * {@code day} must see: status NORMAL or OVERDUE and (status OVERDUE, or an instalment not PAID
   * with {@code dueDate <= day}). The app may also leave out loans with {@code closedThrough >=
   * day}; the close skips them anyway.
   */
  List<Loan> needingClose(LocalDate day, long afterId, int limit);

  void saveAll(List<Loan> loans);
}

package dev.creditloop.servicing.loan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Port: the stored loans the daily close needs. Implemented by the app. */
public interface Loans {

  /**
   * Up to {@code limit} loans with id greater than {@code afterId}, in id order, that the close of
   * {@code day} must see: status NORMAL or OVERDUE and (status OVERDUE, or an instalment not PAID
   * with {@code dueDate <= day}). The app may also leave out loans with {@code closedThrough >=
   * day}; the close skips them anyway. Each loan is read whole at one instant (its row and its
   * instalments together), never torn by a repayment committing in between.
   */
  List<Loan> needingClose(LocalDate day, long afterId, int limit);

  /**
   * Saves the loans that are still stored as {@link #needingClose} loaded them and returns the ids
   * of the others (changed since, by a repayment), which it leaves untouched. Runs inside the
   * batch's transaction; the saved loans stay as saved until it ends.
   */
  Set<Long> saveAll(List<Loan> loans);
}

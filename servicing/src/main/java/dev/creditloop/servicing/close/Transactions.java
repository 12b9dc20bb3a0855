package dev.creditloop.servicing.close;

/** Port: runs the saving of one close batch as one database transaction. */
public interface Transactions {

  void inTransaction(Runnable work);
}

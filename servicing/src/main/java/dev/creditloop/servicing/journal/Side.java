package dev.creditloop.servicing.journal;

public enum Side {
  DEBIT,
  CREDIT
}

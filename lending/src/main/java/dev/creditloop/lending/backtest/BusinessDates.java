package dev.creditloop.lending.backtest;

import java.time.LocalDate;

/** Port: the book's business date; days before it are closed, so their outcomes are known. */
public interface BusinessDates {

  LocalDate today();
}

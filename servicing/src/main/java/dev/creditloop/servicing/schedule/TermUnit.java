package dev.creditloop.servicing.schedule;

public enum TermUnit {
  DAYS,
  MONTHS
}

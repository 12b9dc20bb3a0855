package dev.creditloop.decisioning.list;

/** Which list an entry is on. */
public enum ListType {
  /** Known fraud or abuse: usually reject. */
  BLACK,
  /** Trusted (e.g. repeat customers in good standing): usually skip some checks. */
  WHITE,
  /** Suspicious: usually send to manual review. */
  GREY
}

package dev.creditloop.servicing.product;

import java.util.List;

/** The parts of an instalment a repayment can pay. */
public enum Component {
  PENALTY,
  FEE,
  INTEREST,
  PRINCIPAL;

  /** The common allocation order: penalty → fee → interest → principal. */
  public static final List<Component> DEFAULT_ORDER = List.of(PENALTY, FEE, INTEREST, PRINCIPAL);
}

package dev.creditloop.decisioning.feature;

/** Whose history a feature describes; an event updates its customer, line and device. */
enum Entity {
  CUSTOMER,
  CREDIT_LINE,
  DEVICE
}

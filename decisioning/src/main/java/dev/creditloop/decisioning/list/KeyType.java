package dev.creditloop.decisioning.list;

/** What a list entry is keyed by. */
public enum KeyType {
  ID_NUMBER,
  PHONE,
  DEVICE
}

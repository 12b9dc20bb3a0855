package dev.creditloop.app.customer;

import java.time.Instant;

/**
 * A borrower as stored; masking happens at the web edge. {@code agency}: the agency it is assigned
 * to (null: none).
 */
public record Customer(
    long id, String name, String idNumber, String phone, Instant createdAt, String agency) {}

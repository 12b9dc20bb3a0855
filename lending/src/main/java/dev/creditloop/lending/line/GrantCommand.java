package dev.creditloop.lending.line;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit line to grant, validated at the edge (a positive limit, a date); whether the customer
 * and the product exist and the expiry is after the business date, the use case checks.
 */
public record GrantCommand(long customerId, String productCode, Money limit, LocalDate expiresOn) {

  public GrantCommand {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }
}

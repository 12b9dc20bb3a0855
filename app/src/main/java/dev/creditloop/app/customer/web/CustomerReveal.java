package dev.creditloop.app.customer.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.customer.Customer;
import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one way to see a customer's ID number or phone in clear: one value per call, with a reason,
 * for the roles the access matrix allows. A POST so the audit trail records it (who, which
 * customer, which field, why); the trail keeps the answer masked like every other text it stores.
 */
@RestController
@Tag(name = "Customers")
class CustomerReveal {

  enum Field {
    idNumber,
    phone
  }

  private final Customers customers;

  CustomerReveal(Customers customers) {
    this.customers = customers;
  }

  record RevealRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "phone",
              description = "which value: idNumber or phone")
          String field,
      @Schema(
              requiredMode = REQUIRED,
              example = "customer called to confirm the number",
              maxLength = 256,
              description = "why it must be seen in clear; kept in the audit trail")
          String reason) {}

  record Revealed(long customerId, String field, String value) {}

  @PostMapping("/api/v1/customers/{id}/reveal")
  @Operation(
      summary =
          "Reveal one of a customer's values unmasked (ID number or phone); audited as a view of personal data")
  Revealed reveal(@PathVariable long id, @RequestBody RevealRequest body) {
    Fields f = Fields.check();
    Field field = f.enumValue("field", body.field(), Field.class);
    f.required("reason", body.reason());
    f.orThrow();
    Customer c = customers.find(id).orElseThrow(() -> ApiProblem.notFound("customer", id));
    return new Revealed(id, field.name(), field == Field.idNumber ? c.idNumber() : c.phone());
  }
}

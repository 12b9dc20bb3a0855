package dev.creditloop.app.customer.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.customer.Customer;
import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(
    name = "Customers",
    description = "Borrowers; ID number and phone are masked in every response")
class CustomerController {

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}");

  private final Customers customers;
  private final DataScope scope;

  CustomerController(Customers customers, DataScope scope) {
    this.customers = customers;
    this.scope = scope;
  }

  record NewCustomer(
      @Schema(
              requiredMode = REQUIRED,
              example = "Li Lei",
              maxLength = 128,
              description = "the name as on the ID card")
          String name,
      @Schema(
              requiredMode = REQUIRED,
              example = "11010119900307123X",
              maxLength = 18,
              description = "resident ID number: 17 digits and a digit or X, or 15 digits")
          String idNumber,
      @Schema(
              requiredMode = REQUIRED,
              example = "13812345678",
              maxLength = 11,
              description = "mainland mobile number, 11 digits")
          String phone) {}

  record AgencyAssignment(
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "east-agency",
              maxLength = 64,
              description =
                  "the agency whose agents and collectors alone (with in-house staff) see the customer; null: none")
          String agency,
      @Schema(
              requiredMode = REQUIRED,
              example = "moved to the east collection agency",
              maxLength = 256,
              description = "why, kept in the audit trail")
          String reason) {}

  record CustomerView(
      long id, String name, String idNumber, String phone, Instant createdAt, String agency) {
    static CustomerView of(Customer c) {
      return new CustomerView(
          c.id(),
          c.name(),
          PersonalData.maskIdNumber(c.idNumber()),
          PersonalData.maskPhone(c.phone()),
          c.createdAt(),
          c.agency());
    }
  }

  @PostMapping
  @Operation(
      summary =
          "Register a customer (ID number 15 or 18 characters, mainland mobile phone). Idempotent: the same "
              + "person registered again (same ID number, name and phone) answers 200 with the existing customer. A registration the "
              + "book cannot take answers 422 registration-refused without saying why, so the answer never tells whether someone "
              + "else is a customer. A customer registered by a user with an agency is assigned that agency.")
  @ApiResponse(responseCode = "201", description = "registered")
  @ApiResponse(
      responseCode = "200",
      description = "this person was already registered with the same data: the existing customer")
  ResponseEntity<CustomerView> create(@RequestBody NewCustomer body) {
    Fields f = Fields.check();
    f.required("name", body.name());
    f.required("idNumber", body.idNumber());
    f.required("phone", body.phone());
    if (body.idNumber() != null && !body.idNumber().isBlank()) {
      f.that(
          ID_NUMBER.matcher(body.idNumber()).matches(),
          "idNumber",
          "must be 18 characters (17 digits and a digit or X) or 15 digits");
    }
    if (body.phone() != null && !body.phone().isBlank()) {
      f.that(
          PHONE.matcher(body.phone()).matches(),
          "phone",
          "must be an 11-digit mobile number starting with 1");
    }
    f.orThrow();
    String name = body.name().trim();
    String idNumber = body.idNumber().toUpperCase();
    Optional<Customer> known = customers.findByIdNumber(idNumber);
    if (known.isEmpty()) {
      try {
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(CustomerView.of(customers.add(name, idNumber, body.phone(), scope.agency())));
      } catch (DuplicateKeyException raced) {
        // The same ID number registered concurrently: judged like any earlier registration.
        known = customers.findByIdNumber(idNumber);
      }
    }
    Customer existing = known.orElseThrow();
    // another agency's customer (or an in-house one) is not this agency's to see, even registered
    // again
    if (existing.name().equals(name)
        && existing.phone().equals(body.phone())
        && scope.sees(DataScope.Kind.CUSTOMER, existing.id())) {
      return ResponseEntity.ok(CustomerView.of(existing));
    }
    // Someone else's ID number, or this person with other data: say neither, nor which field.
    throw new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "registration-refused",
        "the registration was refused",
        List.of());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One customer, masked")
  CustomerView get(@PathVariable long id) {
    return CustomerView.of(
        customers.find(id).orElseThrow(() -> ApiProblem.notFound("customer", id)));
  }

  @PostMapping("/{id}/agency")
  @Operation(
      summary =
          "Assign the customer to an agency, or to none (agency null): from then on only that agency's users "
              + "(besides in-house staff) see the customer and its lines, loans, reviews, decisions and scores. Reason required. "
              + "Only staff without an agency may assign.")
  CustomerView assignAgency(@PathVariable long id, @RequestBody AgencyAssignment body) {
    Fields f = Fields.check();
    f.required("reason", body.reason());
    f.that(
        body.reason() == null || body.reason().length() <= 256,
        "reason",
        "must be at most 256 characters");
    f.that(
        body.agency() == null || (!body.agency().isBlank() && body.agency().length() <= 64),
        "agency",
        "1 to 64 characters, or null for none");
    f.orThrow();
    if (scope.agency() != null) {
      // an agency could otherwise move customers into its own scope
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "users with an agency do not assign customers to agencies",
          List.of());
    }
    if (!customers.assignAgency(id, body.agency() == null ? null : body.agency().trim())) {
      throw ApiProblem.notFound("customer", id);
    }
    return get(id);
  }
}

package dev.creditloop.app.customer;

import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Borrowers; ID number and phone are masked in every response")
class CustomerController {

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}");

  private final Customers customers;

  CustomerController(Customers customers) {
    this.customers = customers;
  }

  record NewCustomer(String name, String idNumber, String phone) {}

  record CustomerView(long id, String name, String idNumber, String phone, Instant createdAt) {
    static CustomerView of(Customer c) {
      return new CustomerView(c.id(), c.name(), maskIdNumber(c.idNumber()), maskPhone(c.phone()), c.createdAt());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a customer (ID number 15 or 18 characters, mainland mobile phone)")
  CustomerView create(@RequestBody NewCustomer body) {
    Fields f = Fields.check();
    f.required("name", body.name());
    f.required("idNumber", body.idNumber());
    f.required("phone", body.phone());
    if (body.name() != null) {
      f.that(body.name().length() <= 128, "name", "must be at most 128 characters");
    }
    if (body.idNumber() != null && !body.idNumber().isBlank()) {
      f.that(ID_NUMBER.matcher(body.idNumber()).matches(), "idNumber", "must be 18 characters (17 digits and a digit or X) or 15 digits");
    }
    if (body.phone() != null && !body.phone().isBlank()) {
      f.that(PHONE.matcher(body.phone()).matches(), "phone", "must be an 11-digit mobile number starting with 1");
    }
    f.orThrow();
    if (customers.findByIdNumber(body.idNumber().toUpperCase()).isPresent()) {
      throw new ApiProblem(HttpStatus.CONFLICT, "customer-exists", "a customer with this ID number exists",
          java.util.List.of(new ApiProblem.FieldIssue("idNumber", "already registered")));
    }
    return CustomerView.of(customers.add(body.name().trim(), body.idNumber().toUpperCase(), body.phone()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One customer, masked")
  CustomerView get(@PathVariable long id) {
    return CustomerView.of(customers.find(id).orElseThrow(() -> ApiProblem.notFound("customer", id)));
  }

  static String maskIdNumber(String id) {
    return id.length() <= 10 ? "*".repeat(id.length()) : id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  static String maskPhone(String phone) {
    return phone.length() < 7 ? "*".repeat(phone.length()) : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}

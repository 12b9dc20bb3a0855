package dev.creditloop.app.servicing.web;

import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "Loan products: method, terms, rates, penalty and its caps, fees, allocation order, APR cap")
class ProductController {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");

  private final Products products;

  ProductController(Products products) {
    this.products = products;
  }

  record NewProduct(String code, String name, String repaymentMethod, String termUnit, List<Integer> allowedTerms,
                    BigDecimal annualRate, Integer dayCountBasis, BigDecimal penaltyAnnualRate, Integer graceDays,
                    BigDecimal upfrontFeeRate, BigDecimal installmentFeeRate, List<String> allocationOrder, BigDecimal aprCap,
                    BigDecimal penaltyCapShareOfOverduePrincipal) {}

  record ProductView(String code, String name, String repaymentMethod, String termUnit, List<Integer> allowedTerms,
                     String annualRate, int dayCountBasis, String penaltyAnnualRate, int graceDays, String upfrontFeeRate,
                     String installmentFeeRate, List<String> allocationOrder, String aprCap,
                     String penaltyCapShareOfOverduePrincipal) {
    static ProductView of(Product p) {
      return new ProductView(p.code(), p.name(), p.repaymentMethod().name(), p.termUnit().name(), List.copyOf(p.allowedTerms()),
          p.annualRate().toPlainString(), p.dayCountBasis().days(), p.penaltyAnnualRate().toPlainString(), p.graceDays(),
          p.fees().upfrontFeeRate().toPlainString(), p.fees().installmentFeeRate().toPlainString(),
          p.allocationOrder().stream().map(Enum::name).toList(), p.aprCap().toPlainString(),
          p.penaltyCapShareOfOverduePrincipal() == null ? null : p.penaltyCapShareOfOverduePrincipal().toPlainString());
    }
  }

  @GetMapping
  @Operation(summary = "All products")
  List<ProductView> list() {
    return products.all().stream().map(ProductView::of).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One product")
  ProductView get(@PathVariable String code) {
    return ProductView.of(products.find(code).orElseThrow(() -> ApiProblem.notFound("product", code)));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a product; its APR at every allowed term must be within the APR cap")
  ProductView create(@RequestBody NewProduct body) {
    Fields f = Fields.check();
    f.required("code", body.code());
    if (body.code() != null && !body.code().isBlank()) {
      f.that(CODE.matcher(body.code()).matches(), "code", "must be 1 to 32 of A-Z, 0-9, _ and -");
    }
    f.required("name", body.name());
    RepaymentMethod method = f.enumValue("repaymentMethod", body.repaymentMethod(), RepaymentMethod.class);
    TermUnit unit = f.enumValue("termUnit", body.termUnit(), TermUnit.class);
    f.required("allowedTerms", body.allowedTerms());
    if (body.allowedTerms() != null) {
      f.that(!body.allowedTerms().isEmpty() && body.allowedTerms().stream().allMatch(t -> t != null && t > 0),
          "allowedTerms", "must list one or more positive terms");
    }
    Rate annual = f.rate("annualRate", body.annualRate(), true);
    Rate penalty = f.rate("penaltyAnnualRate", body.penaltyAnnualRate() == null ? BigDecimal.ZERO : body.penaltyAnnualRate(), true);
    Rate upfront = f.rate("upfrontFeeRate", body.upfrontFeeRate() == null ? BigDecimal.ZERO : body.upfrontFeeRate(), true);
    Rate perInstalment = f.rate("installmentFeeRate", body.installmentFeeRate() == null ? BigDecimal.ZERO : body.installmentFeeRate(), true);
    Rate cap = f.rate("aprCap", body.aprCap() == null ? new BigDecimal("0.24") : body.aprCap(), true);
    // null: no cap on the penalty by the overdue principal (the APR cap still bounds it)
    Rate penaltyCapShare = body.penaltyCapShareOfOverduePrincipal() == null ? null
        : f.rate("penaltyCapShareOfOverduePrincipal", body.penaltyCapShareOfOverduePrincipal(), true);
    int basis = body.dayCountBasis() == null ? 360 : body.dayCountBasis();
    f.that(basis == 360 || basis == 365, "dayCountBasis", "must be 360 or 365");
    int grace = body.graceDays() == null ? 0 : body.graceDays();
    f.that(grace >= 0 && grace <= 365, "graceDays", "must be between 0 and 365");
    List<Component> order = null;
    if (body.allocationOrder() != null) {
      order = new ArrayList<>();
      for (int i = 0; i < body.allocationOrder().size(); i++) {
        Component c = f.enumValue("allocationOrder[" + i + "]", body.allocationOrder().get(i), Component.class);
        order.add(c);
      }
    }
    f.orThrow();
    if (products.exists(body.code())) {
      throw new ApiProblem(HttpStatus.CONFLICT, "product-exists", "product " + body.code() + " exists",
          List.of(new ApiProblem.FieldIssue("code", "already exists")));
    }
    Product product = new Product(body.code(), body.name().trim(), method, unit, new TreeSet<>(body.allowedTerms()), annual,
        basis == 365 ? DayCountBasis.D365 : DayCountBasis.D360, penalty, grace, new Fees(upfront, perInstalment), order, cap,
        penaltyCapShare);
    product.checkAprCap();
    products.add(product);
    return ProductView.of(product);
  }
}

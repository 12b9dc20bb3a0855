package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(
    name = "Products",
    description =
        "Loan products: method, terms, rates, penalty and its caps, fees, allocation order, APR cap")
class ProductController {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");

  private final Products products;

  ProductController(Products products) {
    this.products = products;
  }

  record NewProduct(
      @Schema(
              requiredMode = REQUIRED,
              example = "CASH12",
              maxLength = 32,
              description = "1 to 32 of A-Z, 0-9, _ and -")
          String code,
      @Schema(
              requiredMode = REQUIRED,
              example = "Cash loan, equal instalments",
              maxLength = 128,
              description = "shown to people")
          String name,
      @Schema(
              requiredMode = REQUIRED,
              example = "ANNUITY",
              description = "ANNUITY, EQUAL_PRINCIPAL, FLAT, INTEREST_FIRST or BULLET")
          String repaymentMethod,
      @Schema(
              requiredMode = REQUIRED,
              example = "MONTHS",
              description = "MONTHS or DAYS (DAYS: BULLET only)")
          String termUnit,
      @Schema(
              requiredMode = REQUIRED,
              example = "[3, 6, 12]",
              description =
                  "the terms a drawdown may choose, in termUnit; 1 to " + MAX_TERMS + " of them")
          List<Integer> allowedTerms,
      @Schema(
              requiredMode = REQUIRED,
              example = "0.18",
              description = "annual interest rate as a decimal (0.18 = 18%)")
          BigDecimal annualRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "360",
              description = "day-count basis, 360 (default) or 365")
          Integer dayCountBasis,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.36",
              description = "annual penalty rate on overdue principal; default 0")
          BigDecimal penaltyAnnualRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "3",
              description = "days after a due date before penalty runs; default 0")
          Integer graceDays,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.01",
              description = "fee on the principal with the first instalment; default 0")
          BigDecimal upfrontFeeRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.002",
              description = "fee on the principal with every instalment; default 0")
          BigDecimal installmentFeeRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "[\"PENALTY\", \"FEE\", \"INTEREST\", \"PRINCIPAL\"]",
              description =
                  "the order a repayment pays an instalment's components, each at most once; default the order of the example")
          List<String> allocationOrder,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.24",
              description = "the highest APR any allowed term may reach; default 0.24")
          BigDecimal aprCap,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.5",
              description =
                  "penalty stops when it reaches this share of the overdue "
                      + "principal; default none")
          BigDecimal penaltyCapShareOfOverduePrincipal) {}

  /** Terms are stored joined in a 200-character column: 40 terms of up to four digits fit. */
  static final int MAX_TERMS = 40;

  record ProductView(
      String code,
      String name,
      String repaymentMethod,
      String termUnit,
      List<Integer> allowedTerms,
      String annualRate,
      int dayCountBasis,
      String penaltyAnnualRate,
      int graceDays,
      String upfrontFeeRate,
      String installmentFeeRate,
      List<String> allocationOrder,
      String aprCap,
      String penaltyCapShareOfOverduePrincipal) {
    static ProductView of(Product p) {
      return new ProductView(
          p.code(),
          p.name(),
          p.repaymentMethod().name(),
          p.termUnit().name(),
          List.copyOf(p.allowedTerms()),
          p.annualRate().toPlainString(),
          p.dayCountBasis().days(),
          p.penaltyAnnualRate().toPlainString(),
          p.graceDays(),
          p.fees().upfrontFeeRate().toPlainString(),
          p.fees().installmentFeeRate().toPlainString(),
          p.allocationOrder().stream().map(Enum::name).toList(),
          p.aprCap().toPlainString(),
          p.penaltyCapShareOfOverduePrincipal() == null
              ? null
              : p.penaltyCapShareOfOverduePrincipal().toPlainString());
    }
  }

  @GetMapping
  @Operation(summary = "Products by code, a page at a time (cursor and limit)")
  Page<ProductView> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return Page.Request.of(cursor, limit)
        .pageOf(
            products.all().stream().map(ProductView::of).toList(),
            ProductView::code,
            k -> k,
            false);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One product")
  ProductView get(@PathVariable String code) {
    return ProductView.of(
        products.find(code).orElseThrow(() -> ApiProblem.notFound("product", code)));
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
    RepaymentMethod method =
        f.enumValue("repaymentMethod", body.repaymentMethod(), RepaymentMethod.class);
    TermUnit unit = f.enumValue("termUnit", body.termUnit(), TermUnit.class);
    f.required("allowedTerms", body.allowedTerms());
    if (body.allowedTerms() != null) {
      f.that(
          !body.allowedTerms().isEmpty()
              && body.allowedTerms().stream().allMatch(t -> t != null && t > 0 && t <= 9999),
          "allowedTerms",
          "must list one or more positive terms of at most 9999");
      f.that(
          body.allowedTerms().size() <= MAX_TERMS,
          "allowedTerms",
          "must list at most " + MAX_TERMS + " terms");
    }
    Rate annual = f.rate("annualRate", body.annualRate(), true);
    Rate penalty =
        f.rate(
            "penaltyAnnualRate",
            body.penaltyAnnualRate() == null ? BigDecimal.ZERO : body.penaltyAnnualRate(),
            true);
    Rate upfront =
        f.rate(
            "upfrontFeeRate",
            body.upfrontFeeRate() == null ? BigDecimal.ZERO : body.upfrontFeeRate(),
            true);
    Rate perInstalment =
        f.rate(
            "installmentFeeRate",
            body.installmentFeeRate() == null ? BigDecimal.ZERO : body.installmentFeeRate(),
            true);
    Rate cap =
        f.rate("aprCap", body.aprCap() == null ? new BigDecimal("0.24") : body.aprCap(), true);
    // null: no cap on the penalty by the overdue principal (the APR cap still bounds it)
    Rate penaltyCapShare =
        body.penaltyCapShareOfOverduePrincipal() == null
            ? null
            : f.rate(
                "penaltyCapShareOfOverduePrincipal",
                body.penaltyCapShareOfOverduePrincipal(),
                true);
    int basis = body.dayCountBasis() == null ? 360 : body.dayCountBasis();
    f.that(basis == 360 || basis == 365, "dayCountBasis", "must be 360 or 365");
    int grace = body.graceDays() == null ? 0 : body.graceDays();
    f.that(grace >= 0 && grace <= 365, "graceDays", "must be between 0 and 365");
    List<Component> order = null;
    if (body.allocationOrder() != null) {
      order = new ArrayList<>();
      for (int i = 0; i < body.allocationOrder().size(); i++) {
        Component c =
            f.enumValue(
                "allocationOrder[" + i + "]", body.allocationOrder().get(i), Component.class);
        f.that(c == null || !order.contains(c), "allocationOrder[" + i + "]", "is listed twice");
        order.add(c);
      }
    }
    f.orThrow();
    if (products.exists(body.code())) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "product-exists",
          "product " + body.code() + " exists",
          List.of(new ApiProblem.FieldIssue("code", "already exists")));
    }
    Product product =
        new Product(
            body.code(),
            body.name().trim(),
            method,
            unit,
            new TreeSet<>(body.allowedTerms()),
            annual,
            basis == 365 ? DayCountBasis.D365 : DayCountBasis.D360,
            penalty,
            grace,
            new Fees(upfront, perInstalment),
            order,
            cap,
            penaltyCapShare);
    product.checkAprCap();
    products.add(product);
    return ProductView.of(product);
  }
}

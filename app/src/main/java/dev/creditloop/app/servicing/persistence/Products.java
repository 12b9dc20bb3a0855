package dev.creditloop.app.servicing.persistence;

import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Products in the database; read often, so kept in a small cache (products are never edited in
 * place).
 */
@Repository
public class Products implements dev.creditloop.lending.port.Products {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ConcurrentHashMap<String, Product> cache = new ConcurrentHashMap<>();

  Products(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void add(Product p) {
    jdbc.sql(
            "insert into product (code, name, repayment_method, term_unit, allowed_terms, annual_rate, day_count_basis,"
                + " penalty_annual_rate, grace_days, upfront_fee_rate, installment_fee_rate, allocation_order, apr_cap, penalty_cap_share,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.code(),
            p.name(),
            p.repaymentMethod().name(),
            p.termUnit().name(),
            p.allowedTerms().stream().map(String::valueOf).collect(Collectors.joining(",")),
            p.annualRate().value(),
            p.dayCountBasis().days(),
            p.penaltyAnnualRate().value(),
            p.graceDays(),
            p.fees().upfrontFeeRate().value(),
            p.fees().installmentFeeRate().value(),
            p.allocationOrder().stream().map(Enum::name).collect(Collectors.joining(",")),
            p.aprCap().value(),
            rateOrNull(p.penaltyCapShareOfOverduePrincipal()),
            Timestamp.from(clock.instant()))
        .update();
  }

  public Optional<Product> find(String code) {
    Product cached = cache.get(code);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Product> found =
        jdbc.sql("select * from product where code = ?")
            .param(code)
            .query(Products::map)
            .optional();
    found.ifPresent(p -> cache.put(code, p));
    return found;
  }

  public List<Product> all() {
    return jdbc.sql("select * from product order by code").query(Products::map).list();
  }

  public boolean exists(String code) {
    return find(code).isPresent();
  }

  private static Product map(ResultSet rs, int n) throws SQLException {
    return new Product(
        rs.getString("code"),
        rs.getString("name"),
        RepaymentMethod.valueOf(rs.getString("repayment_method")),
        TermUnit.valueOf(rs.getString("term_unit")),
        Arrays.stream(rs.getString("allowed_terms").split(","))
            .map(Integer::valueOf)
            .collect(Collectors.toCollection(TreeSet::new)),
        Rate.of(rs.getBigDecimal("annual_rate").stripTrailingZeros()),
        rs.getInt("day_count_basis") == 365 ? DayCountBasis.D365 : DayCountBasis.D360,
        Rate.of(rs.getBigDecimal("penalty_annual_rate").stripTrailingZeros()),
        rs.getInt("grace_days"),
        new Fees(
            Rate.of(rs.getBigDecimal("upfront_fee_rate").stripTrailingZeros()),
            Rate.of(rs.getBigDecimal("installment_fee_rate").stripTrailingZeros())),
        Arrays.stream(rs.getString("allocation_order").split(",")).map(Component::valueOf).toList(),
        Rate.of(rs.getBigDecimal("apr_cap").stripTrailingZeros()),
        rateOrNull(rs.getBigDecimal("penalty_cap_share")));
  }

  static BigDecimal rateOrNull(Rate rate) {
    return rate == null ? null : rate.value();
  }

  static Rate rateOrNull(BigDecimal value) {
    return value == null ? null : Rate.of(value.stripTrailingZeros());
  }
}

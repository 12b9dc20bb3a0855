package dev.creditloop.app.servicing;

import dev.creditloop.app.bulk.persistence.DeferredWrites;
import dev.creditloop.app.servicing.persistence.CachedLineStandings;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcDrawdownReviews;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.JdbcReceipts;
import dev.creditloop.app.servicing.persistence.JdbcTransactions;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.lending.drawdown.Disbursement;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.lending.drawdown.LedgerChecks;
import dev.creditloop.lending.drawdown.PrecheckDrawdown;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import dev.creditloop.lending.drawdown.ReviewDrawdown;
import dev.creditloop.lending.line.ChangeCreditLine;
import dev.creditloop.lending.line.GrantCreditLine;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.lending.port.Customers;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.lending.repayment.PostRepayment;
import dev.creditloop.lending.writeoff.WriteOffLoan;
import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The drawdown-side and credit-line use cases of the {@code lending} module, given the server's
 * implementations of their ports: the JDBC stores, the customers, the business clock, the behaviour
 * feed and the strategy gate.
 */
@Configuration(proxyBeanMethods = false)
class LendingUseCases {

  /** A pre-check reads the line from the server's copy; a drawdown locks it in the database. */
  @Bean
  LedgerChecks ledgerChecks(
      CachedLineStandings lines, Products products, JdbcLoans loans, BusinessClock clock) {
    return new LedgerChecks(lines, products, loans, clock);
  }

  @Bean
  Disbursement disbursement(
      JdbcLoans loans, JdbcCreditLines lines, JdbcJournal journal, ServicingEventSink events) {
    return new Disbursement(loans, lines, journal, events);
  }

  /**
   * The data source whose connections can hold a unit of work's writes back (used by the
   * drawdown's, {@link JdbcTransactions#writingBehind}).
   */
  @Bean
  static BeanPostProcessor heldBackWrites() {
    return DeferredWrites.wrappingTheDataSource();
  }

  /** A drawdown's rows reach the database together, at its commit. */
  @Bean
  RequestDrawdown requestDrawdown(
      JdbcTransactions transactions,
      LedgerChecks checks,
      DrawdownGate gate,
      BehaviourEvents behaviour,
      JdbcDrawdownReviews reviews,
      Disbursement disbursement) {
    return new RequestDrawdown(
        transactions.writingBehind(), checks, gate, behaviour, reviews, disbursement);
  }

  @Bean
  PrecheckDrawdown precheckDrawdown(LedgerChecks checks, DrawdownGate gate) {
    return new PrecheckDrawdown(checks, gate);
  }

  @Bean
  ReviewDrawdown reviewDrawdown(
      Transactions transactions,
      JdbcDrawdownReviews reviews,
      JdbcCreditLines lines,
      Products products,
      BusinessClock clock,
      Disbursement disbursement,
      Clock wallClock) {
    return new ReviewDrawdown(
        transactions, reviews, lines, products, clock, disbursement, wallClock);
  }

  @Bean
  GrantCreditLine grantCreditLine(
      Transactions transactions,
      Customers customers,
      Products products,
      JdbcCreditLines lines,
      BehaviourEvents behaviour,
      BusinessClock clock) {
    return new GrantCreditLine(transactions, customers, products, lines, behaviour, clock);
  }

  @Bean
  ChangeCreditLine changeCreditLine(
      Transactions transactions,
      JdbcCreditLines lines,
      JdbcLoans loans,
      ServicingEventSink events,
      BusinessClock clock) {
    return new ChangeCreditLine(transactions, lines, loans, events, clock);
  }

  @Bean
  PostRepayment postRepayment(
      Transactions transactions,
      JdbcLoans loans,
      JdbcCreditLines lines,
      JdbcJournal journal,
      ServicingEventSink events,
      JdbcReceipts receipts,
      BusinessClock clock) {
    return new PostRepayment(transactions, loans, lines, journal, events, receipts, clock);
  }

  @Bean
  WriteOffLoan writeOffLoan(
      Transactions transactions,
      JdbcLoans loans,
      JdbcCreditLines lines,
      JdbcJournal journal,
      ServicingEventSink events,
      BusinessClock clock) {
    return new WriteOffLoan(transactions, loans, lines, journal, events, clock);
  }
}

package dev.creditloop.lending;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.lending.drawdown.DrawdownReviews;
import dev.creditloop.lending.drawdown.Review;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.Customers;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Products;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.lending.repayment.Receipts;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineSnapshot;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every port of the lending use cases, in memory, with what each was asked recorded. Lines and
 * loans are kept as snapshots, so only what a use case saves is changed. Locks are recorded and
 * must be taken inside a unit of work.
 */
public final class InMemoryLending {

  public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  /** A 24% annuity cash loan of 3, 6 or 12 months. */
  public static final Product CASH =
      new Product(
          "CASH",
          "Cash loan",
          RepaymentMethod.ANNUITY,
          TermUnit.MONTHS,
          new TreeSet<>(List.of(3, 6, 12)),
          Rate.of("0.24"),
          DayCountBasis.D360,
          Rate.of("0.36"),
          0,
          Fees.NONE,
          null,
          Rate.of("0.36"));

  public final Units units = new Units();
  public final Registered customers = new Registered();
  public final Lines lines = new Lines();
  public final StoredLoans loans = new StoredLoans();
  public final Catalogue products = new Catalogue();
  public final Calendar calendar = new Calendar();
  public final Behaviour behaviour = new Behaviour();
  public final Events events = new Events();
  public final Journal journal = new Journal();
  public final Reviews reviews = new Reviews();
  public final Receipted receipts = new Receipted();

  public InMemoryLending() {
    products.byCode.put(CASH.code(), CASH);
  }

  /** Line {@code id} of {@code customerId} on CASH with {@code limit}, granted a year ago. */
  public CreditLine grant(long id, long customerId, String limit) {
    CreditLine line =
        CreditLine.grant(
            id, customerId, CASH.code(), Money.of(limit), TODAY.minusYears(1), TODAY.plusYears(1));
    lines.stored.put(id, line.snapshot());
    return line;
  }

  public CreditLine line(long id) {
    return CreditLine.fromSnapshot(lines.stored.get(id));
  }

  public Loan loan(long id) {
    return Loan.fromSnapshot(loans.stored.get(id));
  }

  /** Units of work: how many ran, and whether one is running now. */
  public static final class Units implements Transactions {
    public int begun;
    public boolean open;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      begun++;
      boolean outer = !open;
      open = true;
      try {
        return work.get();
      } finally {
        if (outer) {
          open = false;
        }
      }
    }
  }

  /** The customers registered: those named, and no others. */
  public static final class Registered implements Customers {
    public final Set<Long> ids = new TreeSet<>();

    @Override
    public boolean exists(long customerId) {
      return ids.contains(customerId);
    }
  }

  public final class Lines implements CreditLines {
    public final Map<Long, CreditLineSnapshot> stored = new LinkedHashMap<>();
    public final List<Long> locked = new ArrayList<>();
    public int saved;
    private long nextId = 500;

    @Override
    public long nextId() {
      return nextId++;
    }

    @Override
    public void insert(CreditLine line) {
      if (!units.open) {
        throw new AssertionError("line " + line.id() + " inserted outside a unit of work");
      }
      if (stored.containsKey(line.id())) {
        throw new AssertionError("line " + line.id() + " inserted twice");
      }
      stored.put(line.id(), line.snapshot());
    }

    @Override
    public Optional<CreditLine> find(long id) {
      return Optional.ofNullable(stored.get(id)).map(CreditLine::fromSnapshot);
    }

    @Override
    public Optional<WithStanding> findWithStanding(long id) {
      return find(id).map(l -> new WithStanding(l, loans.standingOf(l.customerId())));
    }

    @Override
    public Optional<CreditLine> lock(long id) {
      if (!units.open) {
        throw new AssertionError("line " + id + " locked outside a unit of work");
      }
      locked.add(id);
      return find(id);
    }

    @Override
    public Optional<WithStanding> lockWithStanding(long id) {
      return lock(id).map(l -> new WithStanding(l, loans.standingOf(l.customerId())));
    }

    @Override
    public List<CreditLine> lockAllOfCustomer(long customerId) {
      List<Long> ids =
          stored.values().stream()
              .filter(s -> s.customerId() == customerId)
              .map(CreditLineSnapshot::id)
              .sorted()
              .toList();
      return ids.stream().map(id -> lock(id).orElseThrow()).toList();
    }

    @Override
    public void save(CreditLine line) {
      saved++;
      stored.put(line.id(), line.snapshot());
    }
  }

  public final class StoredLoans implements Loans {
    public final Map<Long, LoanSnapshot> stored = new LinkedHashMap<>();
    public final List<Long> locked = new ArrayList<>();
    public int currentDpd;
    private long nextId = 100;

    @Override
    public long nextId() {
      return nextId++;
    }

    @Override
    public void insert(Loan loan) {
      if (stored.containsKey(loan.id())) {
        throw new AssertionError("loan " + loan.id() + " inserted twice");
      }
      stored.put(loan.id(), loan.snapshot());
    }

    @Override
    public Optional<Loan> lock(long id) {
      if (!units.open) {
        throw new AssertionError("loan " + id + " locked outside a unit of work");
      }
      locked.add(id);
      return Optional.ofNullable(stored.get(id)).map(Loan::fromSnapshot);
    }

    @Override
    public void save(Loan loan) {
      stored.put(loan.id(), loan.snapshot());
    }

    /** What the lines' reads with standing answer of a customer's loans. */
    public Standing standingOf(long customerId) {
      return new Standing(writtenOffLoanOf(customerId), currentDpd);
    }

    @Override
    public Optional<Long> writtenOffLoanOf(long customerId) {
      return stored.values().stream()
          .map(Loan::fromSnapshot)
          .filter(l -> l.customerId() == customerId && l.status() == LoanStatus.WRITTEN_OFF)
          .map(Loan::id)
          .min(Long::compare);
    }
  }

  public static final class Catalogue implements Products {
    public final Map<String, Product> byCode = new LinkedHashMap<>();

    @Override
    public Optional<Product> find(String code) {
      return Optional.ofNullable(byCode.get(code));
    }
  }

  /** TODAY, every instant at 10:00 UTC of the business date. */
  public static final class Calendar implements BusinessCalendar {
    public LocalDate today = TODAY;

    @Override
    public LocalDate today() {
      return today;
    }

    @Override
    public Instant at(LocalDate businessDate) {
      return businessDate.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
  }

  /** Behaviour events, and those the features have seen (at once, or when recorded for good). */
  public static final class Behaviour implements BehaviourEvents {
    public final List<BehaviourEvent> recorded = new ArrayList<>();
    public final List<BehaviourEvent> seenNow = new ArrayList<>();

    @Override
    public BehaviourEvent record(BehaviourEvent event) {
      recorded.add(event);
      return event;
    }

    @Override
    public BehaviourEvent recordAndSeeNow(BehaviourEvent event) {
      seenNow.add(event);
      recorded.add(event);
      return event;
    }

    public List<EventType> types() {
      return recorded.stream().map(BehaviourEvent::type).toList();
    }
  }

  /** Ledger events with the instant each was stamped with. */
  public static final class Events implements LedgerEvents {
    public final List<ServicingEvent> appended = new ArrayList<>();
    public final List<Instant> stamps = new ArrayList<>();

    @Override
    public void append(ServicingEvent event, Instant at) {
      appended.add(event);
      stamps.add(at);
    }

    @Override
    public void appendAll(List<? extends ServicingEvent> all) {
      for (ServicingEvent e : all) {
        append(e, null);
      }
    }
  }

  public static final class Journal implements JournalPostings {
    public final List<JournalEntry> posted = new ArrayList<>();

    @Override
    public void postAll(List<JournalEntry> entries) {
      posted.addAll(entries);
    }
  }

  public final class Reviews implements DrawdownReviews {
    public final Map<Long, Review> stored = new LinkedHashMap<>();
    public final List<Long> locked = new ArrayList<>();
    private long nextId = 1;

    @Override
    public long park(Review pending) {
      long id = nextId++;
      stored.put(id, withId(pending, id));
      return id;
    }

    @Override
    public Optional<Review> find(long id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Review> lock(long id) {
      if (!units.open) {
        throw new AssertionError("review " + id + " locked outside a unit of work");
      }
      locked.add(id);
      return find(id);
    }

    @Override
    public void approved(long id, String reviewer, String note, long loanId, Instant at) {
      stored.put(id, decided(stored.get(id), Review.Status.APPROVED, reviewer, note, loanId, at));
    }

    @Override
    public void rejected(long id, String reviewer, String note, Instant at) {
      stored.put(id, decided(stored.get(id), Review.Status.REJECTED, reviewer, note, null, at));
    }

    private static Review withId(Review r, long id) {
      return new Review(
          id,
          r.creditLineId(),
          r.customerId(),
          r.amount(),
          r.term(),
          r.decisionId(),
          r.status(),
          r.requestedAt(),
          r.reviewedAt(),
          r.reviewedBy(),
          r.reviewNote(),
          r.loanId());
    }

    private static Review decided(
        Review r, Review.Status status, String by, String note, Long loanId, Instant at) {
      return new Review(
          r.id(),
          r.creditLineId(),
          r.customerId(),
          r.amount(),
          r.term(),
          r.decisionId(),
          status,
          r.requestedAt(),
          at,
          by,
          note,
          loanId);
    }
  }

  public static final class Receipted implements Receipts {
    public final List<Allocation> repayments = new ArrayList<>();
    public final List<Money> recoveries = new ArrayList<>();

    @Override
    public void repaid(Allocation allocation) {
      repayments.add(allocation);
    }

    @Override
    public void recovered(long loanId, Money amount, LocalDate on) {
      recoveries.add(amount);
    }
  }

  /**
   * A gate answering what it is told, remembering each request and how many request events the
   * features had seen when it was asked.
   */
  public final class ScriptedGate implements DrawdownGate {
    public Verdict next = Verdict.approveWithoutDecision();
    public final List<Request> asked = new ArrayList<>();
    public final List<Integer> requestsSeenWhenAsked = new ArrayList<>();

    @Override
    public Verdict assess(Request request) {
      asked.add(request);
      requestsSeenWhenAsked.add(
          (int)
              behaviour.seenNow.stream()
                  .filter(e -> e.type() == EventType.DRAWDOWN_REQUESTED)
                  .count());
      return next;
    }

    public ScriptedGate answering(Outcome outcome, Long decisionId, Reason... reasons) {
      next = new Verdict(outcome, List.of(reasons), decisionId);
      return this;
    }
  }

  public ScriptedGate gate() {
    return new ScriptedGate();
  }
}

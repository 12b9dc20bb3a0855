package dev.creditloop.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.ApiIT;
import dev.creditloop.app.audit.persistence.JdbcAuditRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two writers (as two server processes would be) appending at once still form one intact chain. */
class AuditChainIT extends ApiIT {

  @Autowired AuditTrail trail;

  @Autowired JdbcClient jdbc;

  @Autowired JdbcAuditRecords records;

  @Autowired TransactionTemplate tx;

  @Test
  void twoWritersAppendingAtOnceFormOneChain() throws Exception {
    AuditTrail other = new AuditTrail(records, tx);
    long before = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        AuditTrail writer = t % 2 == 0 ? trail : other;
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    writer.append(
                        new AuditRecord.Entry(
                            AuditTrail.truncate(Instant.now()),
                            "chain-test-" + thread,
                            "ADMIN",
                            "127.0.0.1",
                            "POST /test",
                            "test",
                            String.valueOf(i),
                            null,
                            200,
                            "{}",
                            null,
                            null));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
      other.destroy();
    }
    assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single())
        .isEqualTo(before + 200);
    AuditTrail.Verification v = trail.verify();
    assertThat(v.intact()).as(v.toString()).isTrue();
  }
}

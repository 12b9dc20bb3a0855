package dev.creditloop.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator keeps to its bound of connections however slowly the server answers: a server that
 * takes 40 ms an answer, asked 200 times a second, would have eight requests in flight at once.
 */
class DrawdownLoadTest {

  private HttpServer server;
  private ExecutorService serverThreads;
  private ExecutorService clientThreads;
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    serverThreads = Executors.newFixedThreadPool(32);
    server.setExecutor(serverThreads);
    server.createContext(
        "/api/v1/credit-lines/",
        exchange -> {
          int now = inFlight.incrementAndGet();
          mostInFlight.accumulateAndGet(now, Math::max);
          clientPorts.add(exchange.getRemoteAddress().getPort());
          try {
            exchange.getRequestBody().readAllBytes();
            Thread.sleep(40);
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            inFlight.decrementAndGet();
            exchange.close();
          }
        });
    server.start();
    clientThreads = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
    clientThreads.shutdownNow();
  }

  private DrawdownLoad.Result load(int connections) throws InterruptedException {
    return DrawdownLoad.run(
        DrawdownLoad.client(clientThreads),
        new Semaphore(connections),
        "http://127.0.0.1:" + server.getAddress().getPort(),
        "drawdown-decisions",
        "Basic eDp5",
        1000,
        200,
        1,
        7);
  }

  @Test
  void keepsAtMostItsConnectionsInFlightAndOpen() throws Exception {
    DrawdownLoad.Result r = load(3);

    assertThat(r.latencies()).hasSize(200);
    assertThat(r.statuses().get(200).sum()).isEqualTo(200);
    assertThat(mostInFlight.get()).isLessThanOrEqualTo(3);
    assertThat(clientPorts).hasSizeLessThanOrEqualTo(3);
    // answers wait for a free connection, and their latency counts from when they were due: with
    // 3 connections at 40 ms an answer (75 a second at most), the last of 200 waits over a second
    long slowest = java.util.Arrays.stream(r.latencies()).max().orElseThrow();
    assertThat(slowest).isGreaterThan(1_000_000_000L);
  }

  @Test
  void opensMoreConnectionsOnlyUpToItsBound() throws Exception {
    DrawdownLoad.Result r = load(16);

    assertThat(r.latencies()).hasSize(200);
    // eight at once are needed to keep up, so more than three connections are used, none past 16
    assertThat(mostInFlight.get()).isGreaterThan(3).isLessThanOrEqualTo(16);
    assertThat(clientPorts).hasSizeLessThanOrEqualTo(16);
  }
}

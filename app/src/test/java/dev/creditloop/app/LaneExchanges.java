package dev.creditloop.app;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the hot lanes' tests compare of an exchange answered by a lane and by the full chain. */
final class LaneExchanges {

  /** An Accept header the lanes do not take: the call goes through the full chain. */
  static final String CHAIN = "application/json;q=0.9";

  /** The headers an answer carries that are about this one exchange only. */
  private static final Set<String> PER_EXCHANGE =
      Set.of("date", "content-length", "transfer-encoding", "keep-alive", "connection");

  private LaneExchanges() {}

  /** The answer's headers that must be the same whoever answered, by lower-case name. */
  static Map<String, List<String>> headers(HttpResponse<String> r) {
    Map<String, List<String>> h = new TreeMap<>();
    r.headers()
        .map()
        .forEach(
            (k, v) -> {
              if (!PER_EXCHANGE.contains(k.toLowerCase()) && !k.equals(":status")) {
                h.put(k.toLowerCase(), v);
              }
            });
    return h;
  }
}

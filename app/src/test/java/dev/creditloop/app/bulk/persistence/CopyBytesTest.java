package dev.creditloop.app.bulk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Text values as binary COPY counts them: the UTF-8 byte count, then the bytes. */
class CopyBytesTest {

  private static byte[] written(String s, int prefix) {
    CopyBytes out = new CopyBytes(2);
    out.put((byte) 7);
    out.putCountedUtf8(s, prefix);
    return Arrays.copyOf(out.bytes, out.size);
  }

  @Test
  void asciiTextIsCountedInBytes() {
    byte[] b = written("{\"a\":1}", -1);
    assertThat(b[0]).isEqualTo((byte) 7);
    assertThat(ByteBuffer.wrap(b, 1, 4).getInt()).isEqualTo(7);
    assertThat(new String(b, 5, 7, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(b).hasSize(12);
  }

  @Test
  void textBeyondAsciiIsCountedInUtf8Bytes() {
    String s = "逾期 M1 · 还款";
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    byte[] b = written(s, -1);
    assertThat(ByteBuffer.wrap(b, 1, 4).getInt()).isEqualTo(utf8.length).isGreaterThan(s.length());
    assertThat(Arrays.copyOfRange(b, 5, b.length)).isEqualTo(utf8);
  }

  @Test
  void aPrefixByteLeadsAndIsCounted() {
    byte[] b = written("[]", 1);
    assertThat(ByteBuffer.wrap(b, 1, 4).getInt()).isEqualTo(3);
    assertThat(Arrays.copyOfRange(b, 5, b.length)).containsExactly(1, '[', ']');
    byte[] empty = written("", -1);
    assertThat(ByteBuffer.wrap(empty, 1, 4).getInt()).isZero();
    assertThat(empty).hasSize(5);
  }
}

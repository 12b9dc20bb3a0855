package dev.creditloop.app.bulk.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the appends COPY needs, in its text and its binary format. */
final class CopyBytes {

  byte[] bytes;
  int size;

  CopyBytes(int capacity) {
    bytes = new byte[capacity];
  }

  void put(byte b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = b;
  }

  void put(byte[] b) {
    reserve(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }

  /** Decimal digits, as COPY's text format writes a whole number. */
  void putDecimal(long v) {
    if (v == Long.MIN_VALUE) {
      put(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
      return;
    }
    if (v < 0) {
      put((byte) '-');
      v = -v;
    }
    reserve(20);
    int digits = 1;
    for (long p = 10; digits < 19 && v >= p; p *= 10) {
      digits++;
    }
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    size += digits;
  }

  /** Big-endian, as the binary format wants every number. */
  void putShort(int v) {
    reserve(2);
    bytes[size] = (byte) (v >>> 8);
    bytes[size + 1] = (byte) v;
    size += 2;
  }

  void putInt(int v) {
    reserve(4);
    bytes[size] = (byte) (v >>> 24);
    bytes[size + 1] = (byte) (v >>> 16);
    bytes[size + 2] = (byte) (v >>> 8);
    bytes[size + 3] = (byte) v;
    size += 4;
  }

  void putLong(long v) {
    putInt((int) (v >>> 32));
    putInt((int) v);
  }

  /**
   * A string's UTF-8 bytes preceded by their count (binary format). The JDK encodes: for the usual
   * ASCII text (a decision's trace) it checks and copies the string's bytes in a few vector
   * instructions, where a loop over its characters here cost 4 % of a pre-check's server samples.
   */
  void putCountedUtf8(String s, int prefix) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int length = utf8.length + (prefix >= 0 ? 1 : 0);
    putInt(length);
    if (prefix >= 0) {
      put((byte) prefix);
    }
    put(utf8);
  }

  private void reserve(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }
}

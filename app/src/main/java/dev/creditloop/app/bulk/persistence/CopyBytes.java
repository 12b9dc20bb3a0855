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

  /** A string's UTF-8 bytes preceded by their count (binary format). */
  void putCountedUtf8(String s, int prefix) {
    int n = s.length();
    reserve(4 + 1 + n);
    int at = size;
    size += 4;
    if (prefix >= 0) {
      bytes[size++] = (byte) prefix;
    }
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= 0x80) {
        // not ASCII: let the JDK encode it
        size = at + 4 + (prefix >= 0 ? 1 : 0);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        put(utf8);
        break;
      }
      bytes[size++] = (byte) ch;
    }
    int length = size - at - 4;
    bytes[at] = (byte) (length >>> 24);
    bytes[at + 1] = (byte) (length >>> 16);
    bytes[at + 2] = (byte) (length >>> 8);
    bytes[at + 3] = (byte) length;
  }

  private void reserve(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }
}

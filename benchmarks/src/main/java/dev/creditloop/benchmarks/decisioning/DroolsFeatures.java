package dev.creditloop.benchmarks.decisioning;

/**
 * The Drools fact: the 100 generated features as fields with getters, which is how a Drools user
 * would model them (Drools reads facts through accessors, not a slot array). Generated; the
 * benchmark fills it from the same feature arrays the compiled rules read.
 */
public final class DroolsFeatures {

  static final int COUNT = 100;

  private double f0;
  private double f1;
  private double f2;
  private double f3;
  private double f4;
  private double f5;
  private double f6;
  private double f7;
  private double f8;
  private double f9;
  private double f10;
  private double f11;
  private double f12;
  private double f13;
  private double f14;
  private double f15;
  private double f16;
  private double f17;
  private double f18;
  private double f19;
  private double f20;
  private double f21;
  private double f22;
  private double f23;
  private double f24;
  private double f25;
  private double f26;
  private double f27;
  private double f28;
  private double f29;
  private double f30;
  private double f31;
  private double f32;
  private double f33;
  private double f34;
  private double f35;
  private double f36;
  private double f37;
  private double f38;
  private double f39;
  private double f40;
  private double f41;
  private double f42;
  private double f43;
  private double f44;
  private double f45;
  private double f46;
  private double f47;
  private double f48;
  private double f49;
  private double f50;
  private double f51;
  private double f52;
  private double f53;
  private double f54;
  private double f55;
  private double f56;
  private double f57;
  private double f58;
  private double f59;
  private double f60;
  private double f61;
  private double f62;
  private double f63;
  private double f64;
  private double f65;
  private double f66;
  private double f67;
  private double f68;
  private double f69;
  private double f70;
  private double f71;
  private double f72;
  private double f73;
  private double f74;
  private double f75;
  private double f76;
  private double f77;
  private double f78;
  private double f79;
  private double f80;
  private double f81;
  private double f82;
  private double f83;
  private double f84;
  private double f85;
  private double f86;
  private double f87;
  private double f88;
  private double f89;
  private double f90;
  private double f91;
  private double f92;
  private double f93;
  private double f94;
  private double f95;
  private double f96;
  private double f97;
  private double f98;
  private double f99;

  private int hits;
  private final long[] hitBits = new long[4];

  /** Copies features {@code from[offset] .. from[offset + COUNT - 1]} into the fields. */
  public void load(double[] from, int offset) {
    f0 = from[offset + 0];
    f1 = from[offset + 1];
    f2 = from[offset + 2];
    f3 = from[offset + 3];
    f4 = from[offset + 4];
    f5 = from[offset + 5];
    f6 = from[offset + 6];
    f7 = from[offset + 7];
    f8 = from[offset + 8];
    f9 = from[offset + 9];
    f10 = from[offset + 10];
    f11 = from[offset + 11];
    f12 = from[offset + 12];
    f13 = from[offset + 13];
    f14 = from[offset + 14];
    f15 = from[offset + 15];
    f16 = from[offset + 16];
    f17 = from[offset + 17];
    f18 = from[offset + 18];
    f19 = from[offset + 19];
    f20 = from[offset + 20];
    f21 = from[offset + 21];
    f22 = from[offset + 22];
    f23 = from[offset + 23];
    f24 = from[offset + 24];
    f25 = from[offset + 25];
    f26 = from[offset + 26];
    f27 = from[offset + 27];
    f28 = from[offset + 28];
    f29 = from[offset + 29];
    f30 = from[offset + 30];
    f31 = from[offset + 31];
    f32 = from[offset + 32];
    f33 = from[offset + 33];
    f34 = from[offset + 34];
    f35 = from[offset + 35];
    f36 = from[offset + 36];
    f37 = from[offset + 37];
    f38 = from[offset + 38];
    f39 = from[offset + 39];
    f40 = from[offset + 40];
    f41 = from[offset + 41];
    f42 = from[offset + 42];
    f43 = from[offset + 43];
    f44 = from[offset + 44];
    f45 = from[offset + 45];
    f46 = from[offset + 46];
    f47 = from[offset + 47];
    f48 = from[offset + 48];
    f49 = from[offset + 49];
    f50 = from[offset + 50];
    f51 = from[offset + 51];
    f52 = from[offset + 52];
    f53 = from[offset + 53];
    f54 = from[offset + 54];
    f55 = from[offset + 55];
    f56 = from[offset + 56];
    f57 = from[offset + 57];
    f58 = from[offset + 58];
    f59 = from[offset + 59];
    f60 = from[offset + 60];
    f61 = from[offset + 61];
    f62 = from[offset + 62];
    f63 = from[offset + 63];
    f64 = from[offset + 64];
    f65 = from[offset + 65];
    f66 = from[offset + 66];
    f67 = from[offset + 67];
    f68 = from[offset + 68];
    f69 = from[offset + 69];
    f70 = from[offset + 70];
    f71 = from[offset + 71];
    f72 = from[offset + 72];
    f73 = from[offset + 73];
    f74 = from[offset + 74];
    f75 = from[offset + 75];
    f76 = from[offset + 76];
    f77 = from[offset + 77];
    f78 = from[offset + 78];
    f79 = from[offset + 79];
    f80 = from[offset + 80];
    f81 = from[offset + 81];
    f82 = from[offset + 82];
    f83 = from[offset + 83];
    f84 = from[offset + 84];
    f85 = from[offset + 85];
    f86 = from[offset + 86];
    f87 = from[offset + 87];
    f88 = from[offset + 88];
    f89 = from[offset + 89];
    f90 = from[offset + 90];
    f91 = from[offset + 91];
    f92 = from[offset + 92];
    f93 = from[offset + 93];
    f94 = from[offset + 94];
    f95 = from[offset + 95];
    f96 = from[offset + 96];
    f97 = from[offset + 97];
    f98 = from[offset + 98];
    f99 = from[offset + 99];
    hits = 0;
    hitBits[0] = 0;
    hitBits[1] = 0;
    hitBits[2] = 0;
    hitBits[3] = 0;
  }

  /** Called by a rule's consequence. */
  public void hit(int rule) {
    hits++;
    hitBits[rule >>> 6] |= 1L << rule;
  }

  /** Whether rule {@code rule} (0..255) fired since the last load. */
  public boolean fired(int rule) {
    return (hitBits[rule >>> 6] & (1L << rule)) != 0;
  }

  public int hits() {
    return hits;
  }

  public double getF0() {
    return f0;
  }

  public double getF1() {
    return f1;
  }

  public double getF2() {
    return f2;
  }

  public double getF3() {
    return f3;
  }

  public double getF4() {
    return f4;
  }

  public double getF5() {
    return f5;
  }

  public double getF6() {
    return f6;
  }

  public double getF7() {
    return f7;
  }

  public double getF8() {
    return f8;
  }

  public double getF9() {
    return f9;
  }

  public double getF10() {
    return f10;
  }

  public double getF11() {
    return f11;
  }

  public double getF12() {
    return f12;
  }

  public double getF13() {
    return f13;
  }

  public double getF14() {
    return f14;
  }

  public double getF15() {
    return f15;
  }

  public double getF16() {
    return f16;
  }

  public double getF17() {
    return f17;
  }

  public double getF18() {
    return f18;
  }

  public double getF19() {
    return f19;
  }

  public double getF20() {
    return f20;
  }

  public double getF21() {
    return f21;
  }

  public double getF22() {
    return f22;
  }

  public double getF23() {
    return f23;
  }

  public double getF24() {
    return f24;
  }

  public double getF25() {
    return f25;
  }

  public double getF26() {
    return f26;
  }

  public double getF27() {
    return f27;
  }

  public double getF28() {
    return f28;
  }

  public double getF29() {
    return f29;
  }

  public double getF30() {
    return f30;
  }

  public double getF31() {
    return f31;
  }

  public double getF32() {
    return f32;
  }

  public double getF33() {
    return f33;
  }

  public double getF34() {
    return f34;
  }

  public double getF35() {
    return f35;
  }

  public double getF36() {
    return f36;
  }

  public double getF37() {
    return f37;
  }

  public double getF38() {
    return f38;
  }

  public double getF39() {
    return f39;
  }

  public double getF40() {
    return f40;
  }

  public double getF41() {
    return f41;
  }

  public double getF42() {
    return f42;
  }

  public double getF43() {
    return f43;
  }

  public double getF44() {
    return f44;
  }

  public double getF45() {
    return f45;
  }

  public double getF46() {
    return f46;
  }

  public double getF47() {
    return f47;
  }

  public double getF48() {
    return f48;
  }

  public double getF49() {
    return f49;
  }

  public double getF50() {
    return f50;
  }

  public double getF51() {
    return f51;
  }

  public double getF52() {
    return f52;
  }

  public double getF53() {
    return f53;
  }

  public double getF54() {
    return f54;
  }

  public double getF55() {
    return f55;
  }

  public double getF56() {
    return f56;
  }

  public double getF57() {
    return f57;
  }

  public double getF58() {
    return f58;
  }

  public double getF59() {
    return f59;
  }

  public double getF60() {
    return f60;
  }

  public double getF61() {
    return f61;
  }

  public double getF62() {
    return f62;
  }

  public double getF63() {
    return f63;
  }

  public double getF64() {
    return f64;
  }

  public double getF65() {
    return f65;
  }

  public double getF66() {
    return f66;
  }

  public double getF67() {
    return f67;
  }

  public double getF68() {
    return f68;
  }

  public double getF69() {
    return f69;
  }

  public double getF70() {
    return f70;
  }

  public double getF71() {
    return f71;
  }

  public double getF72() {
    return f72;
  }

  public double getF73() {
    return f73;
  }

  public double getF74() {
    return f74;
  }

  public double getF75() {
    return f75;
  }

  public double getF76() {
    return f76;
  }

  public double getF77() {
    return f77;
  }

  public double getF78() {
    return f78;
  }

  public double getF79() {
    return f79;
  }

  public double getF80() {
    return f80;
  }

  public double getF81() {
    return f81;
  }

  public double getF82() {
    return f82;
  }

  public double getF83() {
    return f83;
  }

  public double getF84() {
    return f84;
  }

  public double getF85() {
    return f85;
  }

  public double getF86() {
    return f86;
  }

  public double getF87() {
    return f87;
  }

  public double getF88() {
    return f88;
  }

  public double getF89() {
    return f89;
  }

  public double getF90() {
    return f90;
  }

  public double getF91() {
    return f91;
  }

  public double getF92() {
    return f92;
  }

  public double getF93() {
    return f93;
  }

  public double getF94() {
    return f94;
  }

  public double getF95() {
    return f95;
  }

  public double getF96() {
    return f96;
  }

  public double getF97() {
    return f97;
  }

  public double getF98() {
    return f98;
  }

  public double getF99() {
    return f99;
  }
}

/**
 * The toolbox: one command line ({@link dev.creditloop.tools.CreditloopCommand}, picocli) around
 * the server, with the tools that must never be part of it: the simulator's database writer, the
 * demo book, bulk loads, benchmark setups, the B-card build. It builds the runnable creditloop.jar.
 */
package dev.creditloop.tools;

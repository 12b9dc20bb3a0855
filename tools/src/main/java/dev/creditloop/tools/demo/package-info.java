/**
 * The demo book and the demo users, loaded once into an empty database when the demo is on. Its
 * history comes from the portfolio simulator run through the real ledger.
 */
package dev.creditloop.tools.demo;

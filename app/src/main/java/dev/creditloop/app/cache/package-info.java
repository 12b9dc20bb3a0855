/**
 * Values the hot path reads on every request but that change rarely (the business date, list
 * entries): kept in memory, dropped by this instance's own writes once they commit, and checked
 * against the database after a short interval so that other instances' writes are seen too.
 */
package dev.creditloop.app.cache;

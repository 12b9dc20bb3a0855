/**
 * Decision tables: rows of conditions on features (intervals, sets, any, missing) giving an action,
 * a reason or numbers such as a limit or a price, under hit policy FIRST or UNIQUE. Compiled to
 * flat arrays of bounds.
 */
package dev.creditloop.decisioning.table;

/**
 * Black, white and grey lists keyed by ID number, phone or device, with expiry and reason; the
 * {@link dev.creditloop.decisioning.list.ListEntries} port the app implements over its database,
 * and the list-screening step of a strategy.
 */
package dev.creditloop.decisioning.list;

/**
 * The data scope's reads: the agency of the customer behind a customer, line, loan or review, and
 * the path of a held command. Nothing here writes; the lists filter with the scope's own SQL
 * condition in their stores.
 */
package dev.creditloop.app.scope.persistence;

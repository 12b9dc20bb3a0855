/**
 * The HTTP API of servicing: products, credit lines, drawdowns, repayments, loans, the journal,
 * reviews and the business date. Controllers only translate; the servicing package holds the use
 * cases.
 */
package dev.creditloop.app.servicing.web;

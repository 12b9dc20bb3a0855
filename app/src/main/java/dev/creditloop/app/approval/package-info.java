/**
 * Four-eyes approval (maker-checker): sensitive commands, chosen by configuration, are held as
 * submitted and replayed through the same endpoint only when a different user whose roles allow the
 * command approves them.
 */
package dev.creditloop.app.approval;

/**
 * The HTTP API of batch scoring: start a run, read runs, drift and a customer's score history. It
 * only translates; the scoring package does the work.
 */
package dev.creditloop.app.scoring.web;

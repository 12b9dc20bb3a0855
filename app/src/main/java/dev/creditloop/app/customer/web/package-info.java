/**
 * The customer feature's HTTP edge: registration, lookup, agency assignment and the audited reveal
 * of an ID number or phone. It checks the request, masks what it answers and turns refusals into
 * problems.
 */
package dev.creditloop.app.customer.web;

/** Borrowers: registration and lookup over HTTP, with ID number and phone masked on the way out. */
package dev.creditloop.app.customer;

/**
 * The data scope at the HTTP edge: the interceptor that checks every API path naming a customer or
 * one of its cases before the controller runs. Outside the caller's scope it answers 404 not-found,
 * as for an id never given.
 */
package dev.creditloop.app.scope.web;

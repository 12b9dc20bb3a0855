/**
 * The data scope at the HTTP edge: the API routes that name a customer or one of its cases, and the
 * interceptor that checks each such path before the controller runs. Outside the caller's scope it
 * answers 404 not-found, as for an id never given.
 */
package dev.creditloop.app.scope.web;

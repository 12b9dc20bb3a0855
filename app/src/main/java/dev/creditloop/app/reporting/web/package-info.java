/** The portfolio overview over HTTP, for the API and the console's dashboard. */
package dev.creditloop.app.reporting.web;

/**
 * Delinquency (逾期): the days-past-due buckets M0 to M6+ and the history of bucket transitions that
 * roll rates, vintages and collections read. The daily close decides the transitions; this package
 * names them and stores them through {@link
 * dev.creditloop.servicing.delinquency.DelinquencyHistory}.
 */
package dev.creditloop.servicing.delinquency;

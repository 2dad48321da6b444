/** The exchange's REST API and pages: the inbound endpoint peers call, directory, deliveries, arrivals. */
package vn.openprovince.exchange.web;

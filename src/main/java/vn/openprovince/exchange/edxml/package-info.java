/** The edXML format of QCVN 102:2016 (gói tin edXML): the package and status models, builder and parser. */
package vn.openprovince.exchange.edxml;

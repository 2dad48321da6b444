/** Documents' entities, repositories, numbering, access rules and use cases; private to the module. */
package vn.openprovince.document.internal;

/** The signature module's HTTP side: the validation API, the trust store and image uploads, the public /verify page. */
package vn.openprovince.signature.web;

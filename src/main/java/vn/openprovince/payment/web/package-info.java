/** The payment API, the citizen's "Nghĩa vụ tài chính" pages, the sandbox gateway's page and the officers' queue. */
package vn.openprovince.payment.web;

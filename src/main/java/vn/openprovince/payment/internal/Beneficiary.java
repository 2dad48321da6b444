package vn.openprovince.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Tài khoản thụ hưởng: the bank account a receiving agency collects fees on. */
@Entity
@Table(name = "payment_beneficiary")
class Beneficiary {

    @Id
    @Column(name = "agency_id")
    private UUID agencyId;
    @Column(name = "bank_bin")
    private String bankBin;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "account_number")
    private String accountNumber;
    @Column(name = "account_name")
    private String accountName;
    /** Made-up demo account, shown as such. */
    private boolean sample;

    protected Beneficiary() {
    }

    Beneficiary(UUID agencyId, String bankBin, String bankName, String accountNumber, String accountName, boolean sample) {
        this.agencyId = agencyId;
        this.bankBin = bankBin;
        this.bankName = bankName;
        this.accountNumber = accountNumber;
        this.accountName = accountName;
        this.sample = sample;
    }

    void change(String bankBin, String bankName, String accountNumber, String accountName, boolean sample) {
        this.bankBin = bankBin;
        this.bankName = bankName;
        this.accountNumber = accountNumber;
        this.accountName = accountName;
        this.sample = sample;
    }

    vn.openprovince.payment.BankAccount view() {
        return new vn.openprovince.payment.BankAccount(bankBin, bankName, accountNumber, accountName, sample);
    }

    String bankBin() {
        return bankBin;
    }

    String bankName() {
        return bankName;
    }

    String accountNumber() {
        return accountNumber;
    }

    String accountName() {
        return accountName;
    }

    boolean sample() {
        return sample;
    }
}

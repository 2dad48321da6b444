package vn.openprovince.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentConfirmed;
import vn.openprovince.payment.PaymentError;
import vn.openprovince.payment.PaymentException;
import vn.openprovince.payment.PaymentGateway;
import vn.openprovince.payment.PaymentId;
import vn.openprovince.payment.PaymentMethod;
import vn.openprovince.payment.PaymentRequest;
import vn.openprovince.payment.PaymentRequested;
import vn.openprovince.payment.PaymentStatus;
import vn.openprovince.payment.Payments;
import vn.openprovince.payment.TransferConfirmation;
import vn.openprovince.payment.TransferInstructions;

/** The obligations' use cases; each checks who is signed in and audits what it changes in the same transaction. */
@Service
class PaymentService implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_ITEMS = 20;
    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    private final FinancialObligations obligations;
    private final GatewayAttempts attempts;
    private final Beneficiaries beneficiaries;
    private final PaymentAccess access;
    private final OrganizationDirectory directory;
    private final CitizenDirectory citizens;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Map<String, PaymentGateway> gateways;
    private final PaymentSettings settings;
    private final boolean demo;
    private final Clock clock = Clock.systemUTC();

    PaymentService(FinancialObligations obligations, GatewayAttempts attempts, Beneficiaries beneficiaries,
                   PaymentAccess access, OrganizationDirectory directory, CitizenDirectory citizens, AuditTrail audit,
                   ApplicationEventPublisher events, JdbcTemplate jdbc, List<PaymentGateway> gateways,
                   PaymentSettings settings, @Value("${openprovince.demo-data:false}") boolean demo) {
        this.obligations = obligations;
        this.attempts = attempts;
        this.beneficiaries = beneficiaries;
        this.access = access;
        this.directory = directory;
        this.citizens = citizens;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.settings = settings;
        this.gateways = gateways.stream()
                .filter(g -> !g.sandbox() || settings.sandbox().enabled())
                .collect(Collectors.toMap(PaymentGateway::id, g -> g));
        this.demo = demo;
    }

    @Override
    @Transactional
    public Obligation request(PaymentRequest request) {
        if (request.dossierCode() == null || request.dossierCode().isBlank()) {
            throw new PaymentException(PaymentError.PAYMENT_DOSSIER_REQUIRED);
        }
        if (request.payerAccountId() == null) {
            throw new PaymentException(PaymentError.PAYMENT_PAYER_REQUIRED);
        }
        if (request.receivingAgency() == null) {
            throw new PaymentException(PaymentError.PAYMENT_AGENCY_REQUIRED);
        }
        access.requireOfficerOf(request.receivingAgency());
        if (request.items().isEmpty() || request.items().size() > MAX_ITEMS) {
            throw new PaymentException(PaymentError.PAYMENT_NO_ITEMS);
        }
        for (FeeItem item : request.items()) {
            if (item == null || item.name() == null || item.name().isBlank() || item.name().length() > 300
                    || item.amount() <= 0 || item.amount() > MAX_AMOUNT) {
                throw new PaymentException(PaymentError.PAYMENT_INVALID_ITEM);
            }
        }
        if (citizens.citizen(request.payerAccountId()).isEmpty()) {
            throw new PaymentException(PaymentError.PAYMENT_PAYER_REQUIRED);
        }
        Instant now = clock.instant();
        var obligation = new FinancialObligation(request.dossierCode().trim(), request.payerAccountId(),
                request.receivingAgency().value(), request.items().stream()
                .map(i -> new FeeItem(i.name().trim(), i.amount())).toList(), request.dueDate(),
                request.note() == null || request.note().isBlank() ? null : request.note().trim(), now, access.actor());
        obligations.save(obligation);
        audit.record("payment.requested", "FinancialObligation", obligation.id(), request.receivingAgency().value(),
                request.dossierCode() + ": " + Money.vnd(obligation.total()));
        events.publishEvent(new PaymentRequested(new PaymentId(obligation.id()), obligation.dossierCode(),
                obligation.payerAccountId(), obligation.receivingAgency(), obligation.total(), request.dueDate(), now));
        return obligation.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Obligation> obligations(String dossierCode) {
        var found = obligations.findByDossierCodeOrderByRequestedAtAsc(dossierCode);
        found.forEach(access::requireSee);
        return found.stream().map(FinancialObligation::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean outstanding(String dossierCode) {
        return obligations.existsByDossierCodeAndStatus(dossierCode, PaymentStatus.PENDING);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Obligation> mine(Pageable page) {
        UUID payer = access.payer().orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_NOT_THE_PAYER));
        return obligations.findByPayerAccountIdOrderByRequestedAtDesc(payer, page).map(FinancialObligation::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Obligation> pendingTransfers(Pageable page) {
        var scope = access.officerScope();
        if (scope.isEmpty()) {
            throw new PaymentException(PaymentError.PAYMENT_NOT_AN_OFFICER);
        }
        var found = scope.all() ? obligations.findByStatusOrderByRequestedAtAsc(PaymentStatus.PENDING, page)
                : obligations.findByReceivingAgencyIdInAndStatusOrderByRequestedAtAsc(scope.agencyUuids(),
                PaymentStatus.PENDING, page);
        return found.map(FinancialObligation::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Obligation obligation(PaymentId id) {
        var obligation = find(id);
        access.requireSee(obligation);
        return obligation.view();
    }

    @Override
    @Transactional(readOnly = true)
    public TransferInstructions transferInstructions(PaymentId id) {
        var obligation = find(id);
        access.requireSee(obligation);
        if (obligation.status() == PaymentStatus.PAID) {
            throw new PaymentException(PaymentError.PAYMENT_ALREADY_PAID, obligation.dossierCode());
        }
        var beneficiary = beneficiaries.findById(obligation.receivingAgency().value())
                .or(() -> demo ? java.util.Optional.of(demoBeneficiary(obligation.receivingAgency()))
                        : java.util.Optional.empty())
                .orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_NO_BENEFICIARY));
        String note = transferNote(obligation.dossierCode());
        String payload = VietQrPayload.build(beneficiary.bankBin(), beneficiary.accountNumber(), true,
                obligation.total(), note, note);
        return new TransferInstructions(beneficiary.bankBin(), beneficiary.bankName(), beneficiary.accountNumber(),
                beneficiary.accountName(), obligation.total(), note, payload, beneficiary.sample());
    }

    /** The dossier code as the transfer content: bank apps keep letters, digits, dots and hyphens (25 at most). */
    static String transferNote(String dossierCode) {
        String folded = vn.openprovince.organization.VietnameseText.fold(dossierCode).toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^0-9A-Z.\\-]", "");
        return folded.length() <= 25 ? folded : folded.substring(folded.length() - 25).replaceFirst("^[.\\-]+", "");
    }

    private Beneficiary demoBeneficiary(AgencyId agency) {
        var sample = settings.demoBeneficiary();
        return new Beneficiary(agency.value(), sample.bankBin(), sample.bankName(), sample.accountNumber(),
                sample.accountName(), true);
    }

    @Override
    @Transactional
    public Obligation confirmTransfer(PaymentId id, TransferConfirmation confirmation) {
        var obligation = obligations.findForUpdate(id.value())
                .orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_UNKNOWN, id));
        access.requireOfficerOf(obligation.receivingAgency());
        if (obligation.status() == PaymentStatus.PAID) {
            throw new PaymentException(PaymentError.PAYMENT_ALREADY_PAID, obligation.dossierCode());
        }
        if (confirmation.bankReference() == null || confirmation.bankReference().isBlank()
                || confirmation.bankReference().length() > 100) {
            throw new PaymentException(PaymentError.PAYMENT_BANK_REFERENCE_REQUIRED);
        }
        if (confirmation.amount() != obligation.total()) {
            throw new PaymentException(PaymentError.PAYMENT_AMOUNT_MISMATCH, Money.vnd(confirmation.amount()),
                    Money.vnd(obligation.total()));
        }
        return paid(obligation, PaymentMethod.BANK_TRANSFER, confirmation.bankReference().trim(), access.actor(),
                confirmation.note());
    }

    @Override
    @Transactional
    public String checkout(PaymentId id, String gatewayId, String returnUrl) {
        var gateway = gateway(gatewayId);
        var obligation = find(id);
        access.requirePayer(obligation);
        if (obligation.status() == PaymentStatus.PAID) {
            throw new PaymentException(PaymentError.PAYMENT_ALREADY_PAID, obligation.dossierCode());
        }
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(java.util.Locale.ROOT);
        var attempt = new GatewayAttempt(obligation.id(), gateway.id(), reference, obligation.total(), clock.instant());
        attempts.save(attempt);
        audit.record("payment.checkout-started", "FinancialObligation", obligation.id(),
                obligation.receivingAgency().value(), gateway.id() + " " + reference);
        return gateway.checkoutUrl(new PaymentGateway.Order(reference, obligation.dossierCode(), obligation.total(),
                "Thanh toan ho so " + transferNote(obligation.dossierCode())), returnUrl);
    }

    @Override
    @Transactional
    public GatewayResult gatewayNotice(String gatewayId, Map<String, String> parameters) {
        var gateway = gateway(gatewayId);
        var notice = gateway.verify(parameters);
        var attempt = attempts.findForUpdate(notice.transactionRef())
                .filter(a -> a.gateway().equals(gateway.id()))
                .orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_UNKNOWN_TRANSACTION, notice.transactionRef()));
        if (notice.amount() != attempt.amount()) {
            log.warn("Gateway {} notice for {} with amount {} instead of {}", gateway.id(), attempt.transactionRef(),
                    notice.amount(), attempt.amount());
            throw new PaymentException(PaymentError.PAYMENT_AMOUNT_MISMATCH, Money.vnd(notice.amount()),
                    Money.vnd(attempt.amount()));
        }
        var obligation = obligations.findForUpdate(attempt.obligationId()).orElseThrow();
        if (!attempt.open()) {
            return new GatewayResult(obligation.view(), attempt.succeeded(), true); // a replay: already applied
        }
        Instant now = clock.instant();
        attempt.complete(notice.success(), notice.responseCode(), notice.gatewayTransactionNo(), now);
        if (!notice.success()) {
            audit.record("payment.gateway-failed", "FinancialObligation", obligation.id(),
                    obligation.receivingAgency().value(), gateway.id() + " " + attempt.transactionRef() + " "
                            + notice.responseCode());
            return new GatewayResult(obligation.view(), false, false);
        }
        if (obligation.status() == PaymentStatus.PAID) {
            // Paid meanwhile by another attempt or a transfer: the attempt is kept for the refund, nothing is paid twice.
            audit.record("payment.gateway-paid-twice", "FinancialObligation", obligation.id(),
                    obligation.receivingAgency().value(), gateway.id() + " " + attempt.transactionRef());
            return new GatewayResult(obligation.view(), true, true);
        }
        var method = gateway.sandbox() ? PaymentMethod.SANDBOX_GATEWAY : PaymentMethod.GATEWAY;
        return new GatewayResult(paid(obligation, method, gateway.id() + ":" + notice.gatewayTransactionNo(),
                "gateway:" + gateway.id(), attempt.transactionRef()), true, false);
    }

    private Obligation paid(FinancialObligation obligation, PaymentMethod method, String reference, String by,
                            String note) {
        Instant now = clock.instant();
        Long sequence = jdbc.queryForObject("select nextval('payment_receipt_number')", Long.class);
        String receiptNumber = "BL-%d-%06d".formatted(now.atZone(VIETNAM).getYear(), sequence);
        obligation.markPaid(method, reference, now, by, receiptNumber);
        audit.record("payment.paid", "FinancialObligation", obligation.id(), obligation.receivingAgency().value(),
                method + " " + reference + " " + Money.vnd(obligation.total()) + " " + receiptNumber
                        + (note == null || note.isBlank() ? "" : " — " + note));
        events.publishEvent(new PaymentConfirmed(new PaymentId(obligation.id()), obligation.dossierCode(),
                obligation.total(), method, now, reference, receiptNumber, obligation.payerAccountId(),
                obligation.receivingAgency()));
        return obligation.view();
    }

    @Override
    @Transactional
    public vn.openprovince.payment.BankAccount setBankAccount(AgencyId agency, vn.openprovince.payment.BankAccount account) {
        access.requireAdministratorOf(agency);
        if (directory.agency(agency).isEmpty() || account == null || account.bankBin() == null
                || !account.bankBin().matches("\\d{6}") || account.accountNumber() == null
                || !account.accountNumber().matches("[0-9A-Za-z]{1,19}") || blank(account.bankName(), 200)
                || blank(account.accountName(), 200)) {
            throw new PaymentException(PaymentError.PAYMENT_INVALID_BANK_ACCOUNT);
        }
        var row = beneficiaries.findById(agency.value()).orElse(null);
        if (row == null) {
            row = beneficiaries.save(new Beneficiary(agency.value(), account.bankBin(), account.bankName().strip(),
                    account.accountNumber(), account.accountName().strip(), account.sample()));
        } else {
            row.change(account.bankBin(), account.bankName().strip(), account.accountNumber(),
                    account.accountName().strip(), account.sample());
        }
        audit.record("payment.account-set", "PaymentBeneficiary", agency.value(), agency.value(),
                account.bankBin() + " " + account.accountNumber() + (account.sample() ? " (sample)" : ""));
        return row.view();
    }

    private static boolean blank(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<vn.openprovince.payment.BankAccount> bankAccount(AgencyId agency) {
        return beneficiaries.findById(agency.value()).map(Beneficiary::view);
    }

    @Override
    public boolean sandboxEnabled() {
        return gateways.containsKey(SandboxGateway.ID);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] receipt(PaymentId id) {
        var obligation = find(id);
        access.requireSee(obligation);
        if (obligation.status() != PaymentStatus.PAID) {
            throw new PaymentException(PaymentError.PAYMENT_NOT_PAID, obligation.dossierCode());
        }
        var view = obligation.view();
        String agency = directory.agency(obligation.receivingAgency()).map(AgencySummary::name).orElse("—");
        String payer = citizens.citizen(obligation.payerAccountId()).map(c -> c.applicantName()).orElse("—");
        return ReceiptPdf.render(view, agency, payer, view.method() == PaymentMethod.SANDBOX_GATEWAY);
    }

    private FinancialObligation find(PaymentId id) {
        return obligations.findById(id.value()).orElseThrow(() -> new PaymentException(PaymentError.PAYMENT_UNKNOWN, id));
    }

    private PaymentGateway gateway(String id) {
        var gateway = gateways.get(id);
        if (gateway == null) {
            throw new PaymentException(PaymentError.PAYMENT_UNKNOWN_GATEWAY, id);
        }
        return gateway;
    }
}

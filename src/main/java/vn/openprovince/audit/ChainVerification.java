package vn.openprovince.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact       whether every entry matches its hash and links to its predecessor
 * @param entriesChecked how many entries were read
 * @param brokenAtSeq  the sequence number of the first entry that fails, or {@code null}
 * @param problem      what is wrong there, or {@code null}
 */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAtSeq, String problem) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}

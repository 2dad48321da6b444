package vn.openprovince.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.openprovince.signature.SignatureResult.Indication;

/** The weakest signature of an incoming PDF decides what its list row says. */
class IncomingSignaturesTests {

    @Test
    void oneFailedSignatureMakesTheDocumentInvalidWhateverTheOthersSay() {
        assertThat(IncomingSignatures.status(List.of(Indication.TOTAL_PASSED, Indication.TOTAL_FAILED,
                Indication.INDETERMINATE))).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void anIndeterminateSignatureBesideValidOnesIsIndeterminate() {
        assertThat(IncomingSignatures.status(List.of(Indication.TOTAL_PASSED, Indication.INDETERMINATE)))
                .isEqualTo(SignatureStatus.INDETERMINATE);
    }

    @Test
    void onlyPassedSignaturesAreValidAndNoneIsUnsigned() {
        assertThat(IncomingSignatures.status(List.of(Indication.TOTAL_PASSED, Indication.TOTAL_PASSED)))
                .isEqualTo(SignatureStatus.VALID);
        assertThat(IncomingSignatures.status(List.of())).isEqualTo(SignatureStatus.UNSIGNED);
    }
}

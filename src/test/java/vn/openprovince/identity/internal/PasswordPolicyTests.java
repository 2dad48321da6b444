package vn.openprovince.identity.internal;

import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"short1A", "alllowercaseletters", "12345678", "Password1", "vanthu.xa#2026A"})
    void rejectsWeakPasswords(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("vanthu.xa", password))
                .isInstanceOf(IdentityException.class)
                .extracting(e -> ((IdentityException) e).error()).isEqualTo(IdentityError.ID_WEAK_PASSWORD);
    }

    @Test
    void acceptsTheDemoPasswordShape() {
        assertThatCode(() -> PasswordPolicy.check("vanthu.xa", "Demo@2026")).doesNotThrowAnyException();
    }
}

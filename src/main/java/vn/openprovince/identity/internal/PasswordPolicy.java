package vn.openprovince.identity.internal;

import java.util.Locale;
import java.util.Set;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;

/**
 * A password is accepted when it has at least 8 characters from three of the four classes
 * (lower case, upper case, digit, symbol), does not contain the username and is not a common one.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    private static final Set<String> COMMON = Set.of("password", "password1", "123456789", "12345678",
            "qwerty123", "matkhau", "matkhau123", "admin123", "abc@1234", "p@ssw0rd", "123456aa", "12345678a");

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
            throw new IdentityException(IdentityError.ID_WEAK_PASSWORD, MIN_LENGTH);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        String lower = password.toLowerCase(Locale.ROOT);
        if (classes < 3 || COMMON.contains(lower)
                || (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new IdentityException(IdentityError.ID_WEAK_PASSWORD, MIN_LENGTH);
        }
    }
}

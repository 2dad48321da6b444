package vn.openprovince.exchange.internal;

/** Đường liên thông: how an agency is reached. */
public enum Route {
    /** An agency of this platform: delivered in-house (its clerk's inbox). */
    THIS_PLATFORM,
    /** An agency of another OpenProvince platform, reached over HTTPS at the peer's base URL. */
    PEER,
    /** An agency reached through the national document exchange axis (trục liên thông quốc gia). */
    NATIONAL
}
